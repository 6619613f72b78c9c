import { describe, it, expect } from 'vitest';
import { framework, frameworkData, frameworkSchema, type FrameworkInput } from '../../../src/domain/framework';

type Visit = (node: Record<string, unknown>, path: string) => void;

function walk(value: unknown, visit: Visit, path = 'framework'): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walk(v, visit, `${path}[${i}]`);
    });
  } else if (value !== null && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
  }
}

const clone = (): FrameworkInput => structuredClone(frameworkData) as FrameworkInput;

describe('framework integrity', () => {
  it('gives every text a non-empty Dutch and English version', () => {
    let texts = 0;
    walk(framework, (node, path) => {
      if ('nl' in node || 'en' in node) {
        texts++;
        expect(Object.keys(node).sort(), path).toEqual(['en', 'nl']);
        expect(String(node.nl).trim(), `${path}.nl`).not.toBe('');
        expect(String(node.en).trim(), `${path}.en`).not.toBe('');
      }
    });
    expect(texts).toBeGreaterThan(200);
  });

  it('gives every identified item a source citation', () => {
    let items = 0;
    walk(framework, (node, path) => {
      if (typeof node.id === 'string') {
        items++;
        const source = node.source as { document?: string; section?: string } | undefined;
        expect(source, path).toBeDefined();
        expect(['kwaliteitskader', 'dusi-verslag-2024'], path).toContain(source?.document);
        expect(source?.section?.trim(), path).toBeTruthy();
      }
    });
    expect(items).toBeGreaterThan(150);
  });

  it('has unique, kebab-case ids across the whole framework', () => {
    const ids: string[] = [];
    walk(framework, (node) => {
      if (typeof node.id === 'string') ids.push(node.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.waarborgen[0]!.minimumItems[0]!.text)).toBe(true);
  });

  describe('schema fails fast on malformed data', () => {
    it('accepts the real data', () => {
      expect(frameworkSchema.safeParse(frameworkData).success).toBe(true);
    });

    it('rejects an empty English text', () => {
      const data = clone();
      data.waarborgen[0]!.minimumItems[0]!.text.en = '  ';
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects a missing source', () => {
      const data = clone() as unknown as { assessment: { criteria: Record<string, unknown>[] } };
      delete data.assessment.criteria[0]!.source;
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects a duplicate id', () => {
      const data = clone();
      data.waarborgen[1]!.minimumItems[0]!.id = data.waarborgen[0]!.minimumItems[0]!.id;
      const result = frameworkSchema.safeParse(data);
      expect(result.success).toBe(false);
      expect(result.error?.issues.some((i) => i.message.startsWith('duplicate id'))).toBe(true);
    });

    it('rejects an id that is not kebab-case', () => {
      const data = clone();
      data.waarborgen[0]!.minimumItems[0]!.id = 'Lerende Leraar 1';
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects a link to a theme of another waarborg', () => {
      const data = clone();
      data.waarborgen[0]!.minimumItems[0]!.themeIds = ['organisatie.overleg'];
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects an alias that names two waarborgen', () => {
      const data = clone();
      data.waarborgen[0]!.aliases.push('Kwaliteit');
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects waarborgen out of order', () => {
      const data = clone();
      data.waarborgen.reverse();
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });

    it('rejects unknown fields', () => {
      const data = clone() as unknown as { waarborgen: Record<string, unknown>[] };
      data.waarborgen[0]!.extra = true;
      expect(frameworkSchema.safeParse(data).success).toBe(false);
    });
  });
});
