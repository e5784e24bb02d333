/** arXiv subject lines (`Machine Learning (cs.LG); Artificial Intelligence (cs.AI)`) to category codes. */

/** The category codes in a subjects text, in the order shown (the primary subject comes first). */
export function categoriesIn(subjects: string): string[] {
  const codes: string[] = [];
  for (const match of subjects.matchAll(/\(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g)) {
    const code = match[1]!;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
