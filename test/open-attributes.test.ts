// Open attributes: the label of a figure no pack names becomes its attribute, canonicalised so pages meet.
import { describe, expect, it } from 'vitest';
import { openAttribute } from '../src/extract/attributes.js';

const id = (label: string) => openAttribute(label)?.attribute.id;

describe('openAttribute', () => {
  it('canonicalises case, plurals and stop words so that two pages naming a figure the same way meet', () => {
    expect(id('KV Heads')).toBe(id('kv head'));
    expect(id('Number of layers')).toBe(id('Layers'));
  });

  it('keeps words whose plural is the word itself, and singularises lenses', () => {
    expect(id('Telephoto lenses')).toBe(id('Telephoto lens'));
    expect(id('Series')).not.toBe(id('Serie'));
    expect(id('Lens')).toMatch(/lens$/);
    expect(id('Species')).toMatch(/species$/);
  });
});
