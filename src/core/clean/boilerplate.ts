/**
 * Lines that news pages wrap around an article: widgets, prompts, ad markers. A line is
 * boilerplate only when the whole of it matches one of these, and it is short, so a real
 * sentence that merely mentions "newsletter" is never dropped.
 */
const PATTERNS: readonly RegExp[] = [
  /^-*\s*advert(isement|ising)?\s*-*\s*(spot_img)?$/,
  /^(related|latest|recent|popular|trending|recommended|more|top|most read|most popular)( news)?( articles?| stories| posts| news| videos?| reads?)?( on \w+)?:?$/,
  /^(stay|get) connected$/,
  /^(share|share this|share this (article|story|post|page)|share on \w+|tweet|email|print|comments?|\d+ comments?)$/,
  /^(sign up|subscribe)( now| today)?( for| to)?( our| the)?( free)?( daily| weekly)?( newsletters?| email)?[.!]?$/,
  /^(sign up|subscribe) (for|to) (our|the) .{0,40}newsletter.{0,40}$/,
  /^(we use cookies|this (web)?site uses cookies|accept( all)? cookies|cookie (settings|policy|preferences)).{0,120}$/,
  /^(read more|read next|continue reading|click here.{0,60}|see also|also read|don't miss|you may also like|you might also like)[.:!]?$/,
  /^follow us( on .{1,40})?$/,
  /^(all rights reserved|copyright ©?.{0,60}|© .{0,60})$/,
  /^(skip to (main )?content|back to top|toggle navigation|menu|search|home)$/,
  /^(loading|loading\.\.\.|please enable javascript.{0,80})$/,
  /^(image|photo|video)( caption| credit)?:? ?(getty images|reuters|ap|afp)?$/,
];

/** Whether `line` (already trimmed) is page furniture rather than article text. */
export function isBoilerplate(line: string): boolean {
  if (line.length === 0 || line.length > 160) return false;
  const folded = line.toLowerCase().replace(/\s+/g, ' ');
  return PATTERNS.some((p) => p.test(folded));
}
