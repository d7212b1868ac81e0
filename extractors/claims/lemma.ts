// A crude English verb lemma (urges → urge, criticized → criticiz, carried → carry): learn-cues tallies
// training cues by it and cues.ts looks learned forms up by it, so both must use this one. Lemmas are
// only compared with other lemmas and with the form itself, never shown.
export function lemma(form: string): string {
  if (/ied$/.test(form)) return form.replace(/ied$/, 'y');
  if (/ing$/.test(form) && form.length > 5) return form.slice(0, -3);
  if (/ed$/.test(form) && form.length > 4) return form.slice(0, -2);
  if (/[^s]s$/.test(form) && form.length > 3) return form.slice(0, -1);
  return form;
}
