import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { compileLexicon } from '../../../../src/extract/lexicon/compile-lexicon.ts';
import type { ExtractedEntity } from '../../../../src/extract/types.ts';
import { createTestSources, TEST_ACTORS } from '../helpers/test-lexicon.ts';
import { runArticle } from '../helpers/run-entities.ts';

const entitiesOf = (text: string): ExtractedEntity[] => runArticle(text).entities;
const find = (entities: ExtractedEntity[], mention: string): ExtractedEntity | undefined =>
  entities.find((e) => e.mentions.some((m) => m.text === mention));
const texts = (entity: ExtractedEntity | undefined): string[] => entity?.mentions.map((m) => m.text) ?? [];

describe('ministries', () => {
  it('reads a ministry with a nationality as a state body apart from its state, with its short form', () => {
    const entities = entitiesOf(
      'نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت السوق. وأضافت الدفاع الروسية أن موسكو ملتزمة بالهدنة، وقالت الوزارة إن التحقيق مستمر.',
    );
    const ministry = find(entities, 'وزارة الدفاع الروسية');
    expect(ministry).toMatchObject({ type: 'state', affiliations: [{ target: 'russia', role: 'part_of' }] });
    expect(texts(ministry)).toEqual(['وزارة الدفاع الروسية', 'الدفاع الروسية', 'الوزارة']);
    expect(texts(find(entities, 'موسكو'))).toEqual(['موسكو']);
    expect(find(entities, 'موسكو')?.id).toBe('russia');
  });

  it('reads a ministry without a nationality and its later bare domain word', () => {
    const entities = entitiesOf(
      'وأكدت وزارة الخارجية والمغتربين في رسالة أن الاتهامات باطلة.\nوختمت الخارجية بأن البلاد ستدافع عن نفسها.',
    );
    const ministry = find(entities, 'وزارة الخارجية والمغتربين');
    expect(ministry?.type).toBe('state');
    expect(texts(ministry)).toEqual(['وزارة الخارجية والمغتربين', 'الخارجية']);
  });

  it("leaves a minister's title and a place of work alone", () => {
    const entities = entitiesOf(
      'وقال وزير الخارجية إن الوفد وصل، فيما قتل موظف في وزارة الدفاع بانفجار عبوة. وأكدت وزارة الدفاع التركية مقتل جندي.',
    );
    expect(find(entities, 'الخارجية')).toBeUndefined();
    expect(
      entities.filter((e) => e.mentions.some((m) => m.text.startsWith('وزارة الدفاع'))).map(texts),
    ).toEqual([['وزارة الدفاع التركية']]);
  });

  it('reads a lexicon alias of a state that names one of its ministries as that ministry', () => {
    const lexicon = compileLexicon(
      createTestSources({
        actors: TEST_ACTORS.map((a) =>
          a.id === 'syrian-government'
            ? { ...a, aliases: [...(a.aliases ?? []), 'وزارة الخارجية السورية'] }
            : a,
        ),
      }),
    );
    const { entities } = extractArticle(
      {
        file: 't.txt',
        text: 'وطالبت وزارة الخارجية السورية مجلس الأمن بالتحرك، بينما صعدت قوات النظام قصفها.',
      },
      lexicon,
    );
    const ministry = find(entities, 'وزارة الخارجية السورية');
    expect(ministry?.id).not.toBe('syrian-government');
    expect(ministry).toMatchObject({ type: 'state', affiliations: [{ target: 'syrian-government' }] });
    expect(find(entities, 'النظام')?.id).toBe('syrian-government');
  });
});

describe('other bodies', () => {
  it("types a body by its parent: an armed group's media office is an organisation", () => {
    const entities = entitiesOf('وذكر المكتب الإعلامي لقوات سوريا الديمقراطية أن الهجوم صُد، وأن قسد تقدمت.');
    const office = find(entities, 'المكتب الإعلامي لقوات سوريا الديمقراطية');
    expect(office).toMatchObject({ type: 'organization', affiliations: [{ target: 'sdf' }] });
    expect(find(entities, 'قسد')?.id).toBe('sdf');
  });

  it('reads health directorates with their place, in construct or with في, as one body', () => {
    const entities = entitiesOf(
      'قالت مديرية صحة إدلب إن المستشفيات امتلأت. وأوضحت مديرية الصحة في إدلب أن الأدوية نفدت، وناشدت المديرية المنظمات.',
    );
    const directorate = find(entities, 'مديرية صحة إدلب');
    expect(directorate?.type).toBe('organization');
    expect(texts(directorate)).toContain('المديرية');
    expect(find(entities, 'إدلب')?.id).toBe('idlib');
  });

  it('reads an operations room, a security force and a local council of a town', () => {
    const entities = entitiesOf(
      'أعلنت غرفة العمليات المركزية في الجنوب صد الهجوم. وفرضت قوى الأمن الداخلي طوقاً أمنياً. وناشد المجلس المحلي لمدينة سراقب الأهالي.',
    );
    expect(find(entities, 'غرفة العمليات المركزية في الجنوب')?.type).toBe('armed_group');
    expect(find(entities, 'قوى الأمن الداخلي')?.type).toBe('armed_group');
    expect(find(entities, 'المجلس المحلي لمدينة سراقب')?.type).toBe('organization');
  });

  it('does not read "led by" or a bare common noun as a body', () => {
    const entities = entitiesOf('شن التحالف بقيادة واشنطن غارات، وعقد مجلس عزاء في القرية.');
    expect(find(entities, 'قيادة واشنطن')).toBeUndefined();
    expect(entities.some((e) => e.mentions.some((m) => m.text.includes('مجلس')))).toBe(false);
  });
});

describe('armies fold into their state', () => {
  it('reads a national army entry part of a state as that state, and its general command as a state body', () => {
    const lexicon = compileLexicon(
      createTestSources({
        actors: [
          ...TEST_ACTORS,
          {
            id: 'syrian-army',
            kind: 'state',
            name: 'الجيش السوري',
            aliases: ['جيش النظام', 'القيادة العامة للجيش والقوات المسلحة'],
            affiliations: [{ target: 'syrian-government', role: 'part_of' }],
          },
        ],
      }),
    );
    const { entities } = extractArticle(
      {
        file: 't.txt',
        text: 'أعلنت القيادة العامة للجيش السوري استعادة البلدة. وقالت القيادة إن جيش النظام تقدم.',
      },
      lexicon,
    );
    expect(find(entities, 'جيش النظام')?.id).toBe('syrian-government');
    const command = find(entities, 'القيادة العامة للجيش السوري');
    expect(command).toMatchObject({ type: 'state', affiliations: [{ target: 'syrian-government' }] });
    expect(texts(command)).toContain('القيادة');
  });

  it('reads an army alias that names its general command as that command, with its bare headline form', () => {
    const lexicon = compileLexicon(
      createTestSources({
        actors: [
          ...TEST_ACTORS,
          {
            id: 'syrian-army',
            kind: 'state',
            name: 'الجيش السوري',
            aliases: ['القيادة العامة للجيش والقوات المسلحة'],
            affiliations: [{ target: 'syrian-government', role: 'part_of' }],
          },
        ],
      }),
    );
    const { entities } = extractArticle(
      {
        file: 't.txt',
        text: 'القيادة العامة للجيش: مقتل جنود\nوأكدت القيادة العامة للجيش والقوات المسلحة أن الجيش السوري صامد.',
      },
      lexicon,
    );
    const command = find(entities, 'القيادة العامة للجيش والقوات المسلحة');
    expect(command).toMatchObject({ type: 'state', affiliations: [{ target: 'syrian-government' }] });
    expect(texts(command)).toContain('القيادة العامة للجيش');
    expect(find(entities, 'الجيش السوري')?.id).toBe('syrian-government');
  });
});
