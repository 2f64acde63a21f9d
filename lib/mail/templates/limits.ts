export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;
