/** The credit every chart carries, on the page, in embeds and in exported files. */
export const SOURCE_LINE =
  'Source: Sanctions Tracker, compiled from the legal acts, official releases and official lists cited per action and target.';
