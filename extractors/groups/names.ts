// Exact name matching in one pass: every gazetteer form (names, aliases, acronyms, composed
// institution names, descriptor phrases) is compiled into a token trie keyed by case-folded tokens,
// so a sentence is walked once, token by token, whatever the size of the gazetteer.
import type { GazetteerEntry } from './schema.js';
import { trieFromJSON, trieToJSON, type TrieNodeJSON } from './trie-json.js';
import { isCapitalised, tokenize, type Token } from './normalize.js';

/** exact/alias: listed names; lowercase: a lower-case name that needs a definite context; bare: country-less institution; capital: "<head> in <capital>"; composed: country + head. */
export type FormKind = 'exact' | 'alias' | 'composed' | 'bare' | 'capital' | 'acronym' | 'descriptor' | 'lowercase';

export interface Form {
  entry: GazetteerEntry;
  kind: FormKind;
  text: string;
  /** Separators between the tokens (normalised). */
  seps: string[];
  /** Case-sensitive form for acronyms. */
  acronym?: string;
  capsGuard?: boolean;
  /** Descriptor rule id. */
  descriptor?: string;
}

interface Node {
  next: Map<string, Node>;
  forms: Form[];
}

export interface Hit {
  form: Form;
  start: number;
  end: number;
  /** Index of the first and last token. */
  i: number;
  j: number;
}

/** Leaves share one empty map (most nodes are leaves); a node gets its own map on its first child. */
const LEAF = new Map<string, Node>();
const newNode = (): Node => ({ next: LEAF, forms: [] });

/** Trie key of a form token: the folded core, `'s` kept when the form has it mid-name ("People's"). */
const formKey = (t: Token) => (t.poss ? `${t.plain}'s` : t.plain);

/** A trie node as JSON: its forms, then key, child, key, child… (insertion order kept). */
export type NodeJSON = TrieNodeJSON<FormJSON>;
/** A form as JSON: entry id, kind, text, seps, and acronym/capsGuard/descriptor when present. */
export interface FormJSON {
  e: string;
  k: FormKind;
  t: string;
  s: string[];
  a?: string;
  c?: boolean;
  d?: string;
}
export interface NameTrieJSON {
  root: NodeJSON;
  possCores: string[];
  size: number;
}

export class NameTrie {
  private root: Node = { next: new Map(), forms: [] };
  /** Dedupe keys of the forms added (rebuilt from the trie on the first add after `fromJSON`). */
  private seen: Set<string> | undefined = new Set<string>();
  /** Cores of the possessive keys ("russia" for "russia's"): most tokens need no "'s" key built. */
  private readonly possCores = new Set<string>();
  size = 0;

  /** `toks`: the form's tokens when the caller has them already (the fuzzy index reads the same). */
  add(form: Omit<Form, 'seps'>, toks: readonly Token[] = tokenize(form.text)): void {
    if (toks.length === 0) return;
    const keys = toks.map(formKey);
    const seps = toks.slice(0, -1).map((t) => t.sepAfter);
    const dedupe = dedupeKey(form, keys, seps);
    const seen = (this.seen ??= this.dedupeKeys());
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    let node = this.root;
    for (const k of keys) {
      if (k.endsWith("'s")) this.possCores.add(k.slice(0, -2));
      let n = node.next.get(k);
      if (!n) {
        if (node.next === LEAF) node.next = new Map();
        node.next.set(k, (n = newNode()));
      }
      node = n;
    }
    // Every field present, in one order: one Form shape for the walk (see uniformEntry).
    node.forms.push({ entry: form.entry, kind: form.kind, text: form.text, seps, acronym: form.acronym, capsGuard: form.capsGuard, descriptor: form.descriptor });
    this.size++;
  }

  private dedupeKeys(): Set<string> {
    const out = new Set<string>();
    const visit = (n: Node, keys: string[]) => {
      for (const f of n.forms) out.add(dedupeKey(f, keys, f.seps));
      for (const [k, child] of n.next) visit(child, [...keys, k]);
    };
    visit(this.root, []);
    return out;
  }

  /** The trie as JSON (what `fromJSON` rebuilds: same keys, forms and orders; entries by id). */
  toJSON(): NameTrieJSON {
    const root = trieToJSON(this.root, (n) => n.forms, (f): FormJSON => ({ e: f.entry.id, k: f.kind, t: f.text, s: f.seps, a: f.acronym, c: f.capsGuard, d: f.descriptor }));
    return { root, possCores: [...this.possCores], size: this.size };
  }

  static fromJSON(json: NameTrieJSON, entry: (id: string) => GazetteerEntry): NameTrie {
    const trie = new NameTrie();
    trie.root = trieFromJSON<Node, FormJSON>(json.root, (items, next) => ({
      next: next ?? LEAF,
      forms: items.map((f): Form => ({ entry: entry(f.e), kind: f.k, text: f.t, seps: f.s, acronym: f.a, capsGuard: f.c, descriptor: f.d })),
    }));
    if (trie.root.next === LEAF) trie.root.next = new Map();
    for (const c of json.possCores) trie.possCores.add(c);
    trie.size = json.size;
    trie.seen = undefined;
    return trie;
  }

  /**
   * The keys a walk can take a step on (`rootOnly`: its first step, as `canStart` tests, for a
   * lower-case word): with a final "s" (a stripped possessive or plural) and a possessive key's
   * core + "s" ("russias") added by the filter (filter.ts), a keyless token is none of them.
   */
  keys(rootOnly: boolean): string[] {
    const out: string[] = [];
    const visit = (n: Node) => {
      for (const [k, child] of n.next) {
        // A first key with nothing but acronyms ("is" of IS, "who" of WHO): an acronym starts with a capital, a lower-case word never matches it.
        if (rootOnly && child.next === LEAF && child.forms.every((f) => f.acronym !== undefined)) continue;
        out.push(k);
        if (!rootOnly && child.next !== LEAF) visit(child);
      }
    };
    visit(this.root);
    return out;
  }

  /**
   * Whether a token of this word without a possessive can start a match: the first steps of `walk`
   * (the token as written, as a stripped possessive, without its final "s"). `walk` finds nothing
   * at a token for which this is false.
   */
  canStart(plain: string, stem: string | undefined): boolean {
    const next = this.root.next;
    return next.has(plain) || (stem !== undefined && ((this.possCores.has(stem) && next.has(`${stem}'s`)) || next.has(stem)));
  }

  /**
   * Every form that matches at token i. A text token is tried as itself, as a possessive
   * ("Russia's" / stripped "Russias" → key "russia's") and, when it ends the name, without its
   * possessive (`ISSG’s` → "ISSG", stripped `UNs` → "UN").
   */
  matchAt(text: string, toks: readonly Token[], i: number, out: Hit[]): void {
    this.walk(text, toks, i, this.root, i, out);
  }

  // A method rather than a closure per token: matchAt runs for every token of the text.
  private walk(text: string, toks: readonly Token[], i: number, node: Node, k: number, out: Hit[]): void {
    if (k >= toks.length) return;
    const t = toks[k] as Token;
    if (k > i && !sepOk(toks[k - 1] as Token)) return;
    if (t.keyless) return; // no key (keys()): not read
    // Continuing keys: the token as written, or as a possessive mid-name.
    const cont = t.poss ? (this.possCores.has(t.plain) ? node.next.get(`${t.plain}'s`) : undefined) : node.next.get(t.plain);
    if (cont) {
      this.finish(text, toks, i, k, cont, t.poss ? t.end : t.coreEnd, out);
      this.walk(text, toks, i, cont, k + 1, out);
    }
    if (t.stem !== undefined && this.possCores.has(t.stem)) {
      const st = node.next.get(`${t.stem}'s`);
      if (st) {
        this.finish(text, toks, i, k, st, t.coreEnd, out);
        this.walk(text, toks, i, st, k + 1, out);
      }
    }
    // Final keys: the name ends here and the possessive stays outside the span.
    if (t.poss) {
      const fin = node.next.get(t.plain);
      if (fin) this.finish(text, toks, i, k, fin, t.coreEnd, out);
    } else if (t.stem !== undefined) {
      const fin = node.next.get(t.stem);
      if (fin) this.finish(text, toks, i, k, fin, t.coreEnd - 1, out);
    }
  }

  private finish(text: string, toks: readonly Token[], i: number, j: number, node: Node, end: number, out: Hit[]): void {
    if (node.forms.length === 0) return;
    const start = (toks[i] as Token).start;
    for (const form of node.forms) {
      if (!sepsAgree(toks, i, form.seps)) continue;
      if (form.acronym !== undefined) {
        const e = start + form.acronym.length;
        if (text.slice(start, e) !== form.acronym) continue;
        if (e < end) continue; // "UNSC" is not "UN" + "SC"
        if (/^\.\p{L}/u.test(text.slice(e, e + 2))) continue;
        out.push({ form, start, end: e, i, j });
        continue;
      }
      if (form.kind !== 'descriptor' && form.kind !== 'lowercase' && !hasCapital(text, start, end)) continue; // "the islamic state" in lower case is no name
      out.push({ form, start, end, i, j });
    }
  }
}

function dedupeKey(form: Omit<Form, 'seps'>, keys: readonly string[], seps: readonly string[]): string {
  return `${form.entry.id}|${form.kind}|${form.descriptor ?? ''}|${keys.join(' ')}|${seps.join('|')}|${form.acronym ?? ''}`;
}

function sepOk(t: Token): boolean {
  return t.rawSepAfter.length <= 3;
}

function sepsAgree(toks: readonly Token[], i: number, seps: readonly string[]): boolean {
  for (let k = 0; k < seps.length; k++) if ((toks[i + k] as Token).sepAfter !== seps[k]) return false;
  return true;
}

function hasCapital(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && isCapitalised(text[p] as string)) return true;
  }
  return false;
}
