/**
 * Internal: the third-person forms of an Arabic verb from its perfect and imperfect stems, so that the lexicon can
 * list a speech verb as `{ "perfect": "أحصى", "imperfect": "يحصي" }` instead of every form by hand.
 */

const ALEF_MAKSURA = '\u0649';
const ALEF = '\u0627';
const YEH = '\u064a';
const WAW = '\u0648';
const TEH = '\u062a';

/** Perfect forms: he, she, they (m.), they two (m., f.), they (f.); a defective stem (أحصى، دعا) drops its last letter. */
function conjugatePerfect(perfect: string): string[] {
  const last = perfect.at(-1);
  if (last === ALEF_MAKSURA || last === ALEF) {
    const stem = perfect.slice(0, -1);
    const dual = last === ALEF_MAKSURA ? `${stem}${YEH}${ALEF}` : `${stem}${WAW}${ALEF}`;
    return [perfect, `${stem}${TEH}`, `${stem}${WAW}${ALEF}`, dual, `${stem}${TEH}${ALEF}`];
  }
  return [
    perfect,
    `${perfect}${TEH}`,
    `${perfect}${WAW}${ALEF}`,
    `${perfect}${ALEF}`,
    `${perfect}${TEH}${ALEF}`,
    `${perfect}\u0646`,
  ];
}

/** Imperfect forms from the he-form (يقدر): she (تقدر), they (يقدرون), they two (يقدران، تقدران), they (f.) (يقدرن). */
function conjugateImperfect(imperfect: string): string[] {
  const body = imperfect.slice(1);
  const last = imperfect.at(-1);
  const she = `${TEH}${body}`;
  if (last === YEH || last === WAW || last === ALEF_MAKSURA) {
    const stem = imperfect.slice(0, -1);
    const dualStem = last === WAW ? `${imperfect}` : `${stem}${YEH}`;
    return [
      imperfect,
      she,
      `${stem}${WAW}\u0646`,
      `${dualStem}${ALEF}\u0646`,
      `${TEH}${dualStem.slice(1)}${ALEF}\u0646`,
    ];
  }
  return [
    imperfect,
    she,
    `${imperfect}${WAW}\u0646`,
    `${imperfect}${ALEF}\u0646`,
    `${she}${ALEF}\u0646`,
    `${imperfect}\u0646`,
  ];
}

/** Given a verb's perfect and (optional) imperfect he-forms, returns its third-person forms, without duplicates. */
export function conjugateVerb(perfect: string, imperfect?: string): string[] {
  const forms = [
    ...conjugatePerfect(perfect),
    ...(imperfect === undefined ? [] : conjugateImperfect(imperfect)),
  ];
  return [...new Set(forms)];
}

/** Given an active participle (مشير), returns its adverbial and agreeing forms: مشيرا، مشيراً، مشيرة، مشيرين، مشيرون. */
export function inflectParticiple(participle: string): string[] {
  return [
    `${participle}${ALEF}`,
    `${participle}${ALEF}\u064b`,
    `${participle}\u0629`,
    `${participle}${YEH}\u0646`,
    `${participle}${WAW}\u0646`,
  ];
}
