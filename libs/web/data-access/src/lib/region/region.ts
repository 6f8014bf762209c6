/** The region the app shows until regions get their own routes (a user's region from the token later). */
export const DEFAULT_REGION_SLUG = 'kongsbergregionen';
