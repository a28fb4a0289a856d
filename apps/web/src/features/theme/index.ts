// The theme feature's public face: light or dark colours following the system or the person's
// choice (the palette itself is remapped in app/globals.css under `.dark`).
export { ThemeMenuItems } from "./components/theme-menu-items.tsx";
export { ThemeScript } from "./components/theme-script.tsx";
export { ThemeSync } from "./components/theme-sync.tsx";
