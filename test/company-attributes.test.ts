// What company pages state: funding rounds are compared by their stage, only when the sentence names the
// company and says nothing of investors, valuations or running totals.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const names = parsePack(
  `name: startups
entities:
  - {id: zentra, name: Zentra Labs, type: organization, aliases: [Zentra Labs, Zentra]}
  - {id: halvard, name: Halvard Ventures, type: organization, aliases: [Halvard Ventures, Halvard]}
`,
  'startups.yml',
);
const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), names]));
const run = (...texts: string[]) => analyse(texts.map((text, i) => ({ file: `${i}.md`, text })), { lexicon });
const rounds = (...texts: string[]) =>
  run(...texts).claims.filter((c) => c.attribute.startsWith('funding.')).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

describe('funding rounds', () => {
  it('reads a round by its stage and compares it across articles', () => {
    const a = '# Zentra raises\n\nZentra Labs raised $40 million in a Series A in March.\n';
    const b = '# Zentra profile\n\nZentra Labs closed a $45 million Series A.\n';
    expect(rounds(a, b)).toEqual([
      ['zentra', 'funding.series-a', 40e6],
      ['zentra', 'funding.series-a', 45e6],
    ]);
    expect(run(a, b).report.conflicts.map((c) => [c.rule, c.entity.id, c.attribute])).toEqual([['numeric-mismatch', 'zentra', 'funding.series-a']]);
  });

  it('leaves alone what an investor led, a valuation, a running total, and a figure whose company the sentence does not name', () => {
    expect(rounds('# Deals\n\nHalvard Ventures led a $30 million Series A in Zentra Labs.\n')).toEqual([]);
    // The valuation is left alone; the round beside it is read (the blocker "valuation" is the figure's right before it).
    expect(rounds('# Deals\n\nZentra Labs raised $100 million in a Series B at a $2 billion valuation.\n')).toEqual([['zentra', 'funding.series-b', 100000000]]);
    expect(rounds('# Deals\n\nZentra Labs has raised $140 million to date, including its Series B.\n')).toEqual([]);
    expect(rounds('# Zentra Labs this month\n\n- acme $80m series B\n- globex $50m Series B\n')).toEqual([]);
  });
});

describe('headquarters', () => {
  const hq = (...texts: string[]) =>
    run(...texts).claims.filter((c) => c.attribute === 'headquarters').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
  const conflicts = (...texts: string[]) => run(...texts).report.conflicts.map((c) => [c.rule, c.entity.id, c.attribute]);

  it('reads the city a trigger names, and two cities for one company clash', () => {
    const a = '# Zentra\n\nZentra Labs is headquartered in Toronto.\n';
    const b = '# Zentra profile\n\nZentra Labs, based in Montreal, is hiring.\n';
    expect(hq(a, b)).toEqual([
      ['zentra', 'toronto'],
      ['zentra', 'montreal'],
    ]);
    expect(conflicts(a, b)).toEqual([['categorical-exclusive', 'zentra', 'headquarters']]);
  });

  it('takes the nearest city, not the offices named after it, and a town agrees with the area it lies in', () => {
    expect(hq('# Zentra\n\nZentra Labs is headquartered in Paris, with offices in London and Berlin.\n')).toEqual([['zentra', 'paris']]);
    expect(conflicts('# A\n\nZentra Labs is headquartered in Palo Alto.\n', '# B\n\nZentra Labs is based in Silicon Valley.\n')).toEqual([]);
  });

  it('gives a place glued to a name no pack knows ("Toronto-based Corvid Robotics") to no one', () => {
    expect(hq('# Zentra\n\nZentra Labs received investment from Montreal-based Corvid Ventures.\n')).toEqual([]);
    expect(hq('# Zentra\n\nZentra Labs received investment from the Montreal-based Halvard Ventures.\n')).toEqual([['halvard', 'montreal']]);
    expect(hq('# Zentra\n\nToronto-based Zentra Labs received investment.\n')).toEqual([['zentra', 'toronto']]);
  });
});

describe('team size', () => {
  const sizes = (...texts: string[]) =>
    run(...texts).claims.filter((c) => c.attribute === 'team.size').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('is read where a word of staff names it, not wherever people are counted near a company', () => {
    expect(sizes('# Zentra\n\nZentra Labs has a team of 40 people.\n')).toEqual([['zentra', 40]]);
    expect(sizes('# Zentra\n\nZentra Labs has 1,200 employees.\n')).toEqual([['zentra', 1200]]);
    // People counted as users, passengers or anyone else are not the company's staff.
    expect(sizes('# Zentra\n\nZentra Labs said about 3 million people had used the service.\n')).toEqual([]);
    expect(sizes('# Zentra\n\nMore than 230 people were on the Zentra Labs shuttle.\n')).toEqual([]);
  });

  it("is not the page's company's where a name no pack knows owns the phrase by its possessive", () => {
    const page = (sentence: string) => `# Zentra Labs to acquire Corvid Robotics\n\nZentra Labs today announced it will acquire Corvid Robotics.\n\n${sentence}\n`;
    expect(sizes(page("Corvid Robotics' team of 25 people will continue to be led by its founder."))).toEqual([]);
    expect(sizes(page("Corvid Robotics's experienced team of 25 people joins from Ardenia."))).toEqual([]);
    expect(sizes(page('Today’s team of 40 people will grow.'))).toEqual([['zentra', 40]]);
    expect(sizes(page("The Company's team of 1,100 people will grow."))).toEqual([['zentra', 1100]]);
    expect(sizes(page("Zentra Labs' team of 1,100 people will grow."))).toEqual([['zentra', 1100]]);
  });
});

describe('a page whose title names a company no pack lists', () => {
  const claims = (text: string) =>
    run(text)
      .claims.filter((c) => !c.attribute.endsWith('.date'))
      .map((c) => [c.entity.name, c.entity.type, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : (c.time?.text ?? null)]);
  it('takes the title as the page’s subject where a sentence says what type of thing it is ("X is a software company")', () => {
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\n## Company blurb\n\nHeronbay Works is a software company that was founded in 2012. Heronbay Works is headquartered in Toronto, and has 500 employees.\n')).toEqual([
      ['Heronbay Works', 'organization', 'event.founding', '2012'],
      ['Heronbay Works', 'organization', 'headquarters', 'toronto'],
      ['Heronbay Works', 'organization', 'team.size', 500],
    ]);
  });
  it('finds the type noun past several words that describe it ("an Irish digital marketing company", "a small remote-first software company")', () => {
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Works is an Irish digital marketing company. Heronbay Works has 40 employees.\n')).toEqual([
      ['Heronbay Works', 'organization', 'team.size', 40],
    ]);
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Works is a small remote-first software company with 40 employees.\n')).toEqual([
      ['Heronbay Works', 'organization', 'team.size', 40],
    ]);
    // Not past a grammar word: a library for a company's staff is no company.
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Works is an open-source library for company teams. Heronbay Works has 40 employees.\n')).toEqual([]);
  });
  it('finds the title only as whole words: not glued to a letter or digit on either side', () => {
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Workshop is a software company. Heronbay Works has 40 employees.\n')).toEqual([]);
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nÉHeronbay Works is a software company. Heronbay Works has 40 employees.\n')).toEqual([]);
  });
  it('reads nothing new where no sentence types the name, or the title is no name', () => {
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Works has 500 employees and is headquartered in Toronto.\n')).toEqual([]);
    expect(claims('---\ntitle: "Notes from the road"\n---\n\nThe company is a startup. It has 500 employees.\n')).toEqual([]);
    // The title's words inside a longer name are that name's: no founding of the company.
    expect(claims('---\ntitle: "Heronbay Works"\n---\n\nHeronbay Works is a software company. It sold its unit Heronbay Works Cloud, founded in 2015, in May.\n')).toEqual([]);
  });
});
