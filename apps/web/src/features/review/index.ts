// The review feature's public face: the section's review bar and trail, the outline's marks, the
// brief's publish bar and published banner, and the admins' freshness page.
export { FreshnessAdmin } from "./components/freshness-admin.tsx";
export { PublishBar, PublishedBanner } from "./components/publish-bar.tsx";
export { ReviewBar } from "./components/review-bar.tsx";
export { ReviewMarks } from "./components/review-marks.tsx";
export { ReviewTrail } from "./components/review-trail.tsx";
export { useBriefReview } from "./queries.ts";
