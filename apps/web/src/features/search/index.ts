// The search feature's public face: the header's search field, the Ctrl/Cmd+K palette, the
// results page, and the highlight of a hit's words in the section it opens.
export { CommandPalette } from "./components/command-palette.tsx";
export { HeaderSearch } from "./components/header-search.tsx";
export { SearchHighlight } from "./components/search-highlight.tsx";
export { SearchPage } from "./components/search-page.tsx";
