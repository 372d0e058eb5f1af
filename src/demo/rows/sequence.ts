// Unique defaults (emails, codes) for rows built without overrides: a counter per
// process is enough, since each test file gets its own database.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return counter;
}
