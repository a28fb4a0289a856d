const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2 Jan 2030": review due days and approval dates (due days are UTC days, like the server's). */
export const formatDay = (date: Date) => day.format(date);
