// Vocabulary for generated article-like text, shared by the property tests and `npm run fuzz`.

/** Words from a pack: entity names, triggers, category values, event cues, modality cues. */
export function packWords(pack) {
  return [
    ...pack.entities.flatMap((e) => e.aliases),
    ...pack.attributes.flatMap((a) => [...a.triggers, ...(a.unitWords ?? []), ...(a.values ?? []).flatMap((v) => v.synonyms)]),
    ...pack.events.flatMap((e) => [...e.triggers, ...e.negations, ...e.negationsAfter]),
    ...Object.values(pack.modality).flat(),
  ];
}

/** Words and figures like those of the seed articles. */
export const SEED_WORDS = [
  'The', 'repository', '`deepseek-ai/DeepSeek-V2`', '`acme/widget`', 'has', 'garnered', 'over', 'more than', 'about',
  'roughly', '~', 'stars', 'GitHub stars', 'parameters', 'total', 'active', 'tokens', 'GPUs', 'employees', 'cheaper',
  'the model', 'its', 'their', 'which', 'that', 'according to', 'as of', 'from', 'to', 'between', 'and', 'or',
  'up to', 'this year', 'last year', 'yesterday', 'in 2024', 'in May 2026', 'Jun 3, 2026', 'Q3 2025', 'reportedly',
  'will', 'a rumour claimed that', 'if', 'never', 'did not take place', 'failed', 'held', 'investment talks', 'MoE',
  'dense', 'Mixture-of-Experts', 'MIT License', 'Apache 2.0', 'open-source', 'proprietary', 'H800', 'H100', 'Nvidia',
  'vs.', 'e.g.', 'U.S.', 'Inc.', '01.AI', 'Acme-7', 'X200', 'CoreWeave', 'Qwen2.5', 'Qwen2.5-72B', 'Llama 3 70B',
  '(like', ')', '(', '—', '–', ';', 'but', 'however', ',', '.', '。', '，', '!', '?', '"', '“', '”', "'s", '’s',
  '8,000', '6,000', '3,000', '9,000', '236B', '21B', '72B', '$5.6M', '$40B+', '400億美元', '3.5 亿', '10,000+', '20-30%',
  '35x', 'one-tenth', '1/10th', '128K', '2,048', '50,000', '~200B', '5.6 million', 'billion', 'will release',
];
