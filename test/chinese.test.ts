// Chinese and mixed-language articles: numbers with 万/亿/億, Simplified and Traditional aliases, Chinese cues.
import { describe, expect, it } from 'vitest';
import { checkTexts, readDocument } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../src/packs/load.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
const check = (files: Record<string, string>) =>
  checkTexts(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    { lexicon },
  );
const summary = (files: Record<string, string>) =>
  check(files).conflicts.map((c) => [c.rule, c.entity.id, c.attribute, c.claims.map((x) => `${x.place.file}:${x.quote}`)]);

describe('Chinese articles', () => {
  it('compares a Simplified figure in 亿 with a Traditional one in 億 for the same year', () => {
    expect(
      summary({
        'jian.md': '---\ndate: 2026-05-01\n---\n英伟达今年已投资超过400亿美元，主要投向云计算公司。\n',
        'fan.md': '---\ndate: 2026-03-02\n---\n據統計，輝達今年的投資約為300億美元。\n',
      }),
    ).toEqual([
      ['numeric-mismatch', 'nvidia', 'investment.amount', ['fan.md:投資約為300億美元', 'jian.md:投资超过400亿美元']],
    ]);
  });

  it('reads a Chinese denial of talks against an English report of failed talks', () => {
    const report = check({
      'en.md': 'The talks between Alibaba and DeepSeek failed after a month.\n',
      'zh.md': '阿里巴巴与深度求索从未进行过任何谈判。\n',
    });
    expect(report.conflicts.map((c) => [c.rule, c.entity.id, c.claims.map((x) => x.value.kind === 'event' && x.value.polarity)])).toEqual([
      ['event-polarity', 'alibaba+deepseek', ['happened', 'not-happened']],
    ]);
  });

  it('reads a sentence opening on a demonstrative and a type noun ("该模型", "这款模型") as about the model named before', () => {
    const claims = (text: string) =>
      readDocument({ file: 'a.md', text }, lexicon).claims.filter((c) => c.attribute === 'context.window').map((c) => [c.entity.id, c.subjectVia, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(claims('# 新模型\n\nDeepSeek-V2今天开源。该模型支持64K tokens的上下文长度。\n')).toEqual([['deepseek-v2', 'reference', 64000]]);
    expect(claims('# 新模型\n\nDeepSeek-V2今天开源。这款模型支持64K tokens的上下文长度。\n')).toEqual([['deepseek-v2', 'reference', 64000]]);
    // A demonstrative before a noun of no type the packs know names nothing.
    expect(claims('# 新模型\n\nDeepSeek-V2今天开源。该平台支持64K tokens的上下文长度。\n')).toEqual([]);
  });

  it('reads "will soon" and "will on" as predictions, and 将 before a noun as no cue', () => {
    const modality = (text: string) => readDocument({ file: 'a.md', text }, lexicon).claims.map((c) => [c.attribute, c.modality]);
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年将很快投资400亿美元。\n')).toEqual([['investment.amount', 'predicted']]);
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年将于下月投资400亿美元。\n')).toEqual([['investment.amount', 'predicted']]);
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年投资了400亿美元。\n')).toEqual([['investment.amount', 'asserted']]);
  });

  it('reads a forecast’s words that close a Japanese or Korean clause after the figure, not a Chinese noun after one', () => {
    const modality = (text: string) => readDocument({ file: 'a.md', text }, lexicon).claims.map((c) => [c.attribute, c.modality]);
    expect(modality('---\ndate: 2026-05-01\n---\nNVIDIAは今年400億ドルを投資する見込みだ。\n')).toEqual([['investment.amount', 'predicted']]);
    // Chinese writes its forecasts before the figure: "计划" after one is a noun ("a buyback plan"), and a cue past a comma is another clause's.
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年投资了400亿美元计划。\n')).toEqual([['investment.amount', 'asserted']]);
  });

  it('reads the words of a report or of what the market supposes, closing a Japanese clause after the figure, as reported', () => {
    const modality = (text: string) => readDocument({ file: 'a.md', text }, lexicon).claims.map((c) => [c.attribute, c.modality]);
    expect(modality('---\ndate: 2026-05-01\n---\nNVIDIAは今年400億ドルを投資するとの観測が広がった。\n')).toEqual([['investment.amount', 'reported']]);
    expect(modality('---\ndate: 2026-05-01\n---\nNVIDIAは今年400億ドルを投資すると報じられた。\n')).toEqual([['investment.amount', 'reported']]);
    expect(modality('---\ndate: 2026-05-01\n---\nNVIDIAは今年400億ドルを投資した。\n')).toEqual([['investment.amount', 'asserted']]);
  });

  it('reads "announced plans to" (宣布拟) as a prediction, and 拟 inside 虚拟 (virtual) as no cue', () => {
    const modality = (text: string) => readDocument({ file: 'a.md', text }, lexicon).claims.map((c) => [c.attribute, c.modality]);
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年宣布拟投资400亿美元。\n')).toEqual([['investment.amount', 'predicted']]);
    expect(modality('---\ndate: 2026-05-01\n---\n英伟达今年在虚拟世界投资了400亿美元。\n')).toEqual([['investment.amount', 'asserted']]);
  });

  it('treats a Chinese rumour as reported speech, not an assertion', () => {
    const report = check({
      'en.md': 'Alibaba and DeepSeek never held any talks.\n',
      'zh.md': '有传闻称，阿里巴巴与深度求索的谈判已经破裂。\n',
    });
    expect(report.conflicts).toEqual([]);
  });

  it('keeps figures in different Chinese periods apart and flags the same figure in two years', () => {
    expect(
      summary({
        'a.md': '---\ndate: 2026-05-01\n---\n英伟达去年投资超过400亿美元。\n',
        'b.md': 'Nvidia has invested over $40 billion in 2026 alone.\n',
      }).map(([rule, entity]) => `${rule} ${entity}`),
    ).toEqual(['temporal-scope nvidia']);
  });

  it('reads a two-column spec table under a Chinese or Japanese header ("| 项目 | 内容 |", "| 字段 | 值 |", "| 項目 | 内容 |"), its 参数量 as the parameter count', () => {
    const table = (header: string, rows: string[]) =>
      readDocument({ file: 'a.md', text: `# Qwen2.5-72B\n\n| ${header} |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}\n` }, lexicon).claims.map((c) => [
        c.entity.id,
        c.attribute,
        c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null,
      ]);
    const read = [['qwen2.5-72b', 'params.total', 72e9], ['qwen2.5-72b', 'context.window', 131072]];
    expect(table('项目 | 内容', ['参数量 | 72B', '上下文长度 | 131,072'])).toEqual(read);
    expect(table('字段 | 值', ['参数量 | 720亿', '上下文长度 | 131,072'])).toEqual(read);
    expect(table('参数 | 数值', ['参数量 | 72B', '上下文长度 | 131,072'])).toEqual(read);
    expect(table('Field | Value', ['参数量 | 72B', '上下文长度 | 131,072'])).toEqual(read);
    expect(table('項目 | 内容', ['Parameters | 72B', 'Context length | 131,072'])).toEqual(read);
    // Traditional Chinese and Japanese labels of the parameter count, the context length and the licence.
    expect(table('項目 | 內容', ['參數量 | 72B', '上下文長度 | 131,072', '許可證 | Apache 2.0'])).toEqual([...read, ['qwen2.5-72b', 'licence', 'Apache-2.0']]);
    expect(table('項目 | 内容', ['パラメータ数 | 72B', 'コンテキスト長 | 131,072', 'ライセンス | Apache 2.0'])).toEqual([...read, ['qwen2.5-72b', 'licence', 'Apache-2.0']]);
  });

  it('reads GPU hours written with a space ("32 万 GPU 小时") as GPU hours, no count of GPUs', () => {
    const claims = (text: string) =>
      readDocument({ file: 'a.md', text: `# Qwen2.5-72B\n\n${text}\n` }, lexicon).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null]);
    expect(claims('Qwen2.5-72B 训练总计消耗约 32 万 GPU 小时。')).toEqual([]);
    expect(claims('Qwen2.5-72B 的训练消耗约 32 万 GPU 小時。')).toEqual([]);
  });
});
