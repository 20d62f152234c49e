// Lead-verb vocabulary: the openers of preambular and operative paragraphs, in English and Chinese.
//
// Sources: the UN Editorial Manual's lists of preambular and operative openers, and the
// openers found in the corpus texts (A/RES/68/160, 55/109, 51/100, HRC 19/33, 28/2, DEC 22/116).
// The English rules are also generic (any capitalised participle opens a preambular paragraph);
// the lists below decide multi-word openers and the Chinese openers, which have no inflection.

/** English preambular openers that are not "-ing" participles. */
export const EN_PREAMBULAR_ADJECTIVES = new Set([
  'Alarmed', 'Appalled', 'Aware', 'Cognizant', 'Concerned', 'Confident', 'Conscious', 'Convinced',
  'Determined', 'Desirous', 'Dismayed', 'Disturbed', 'Encouraged', 'Gratified', 'Guided', 'Mindful',
  'Persuaded', 'Pleased', 'Reassured', 'Satisfied', 'Shocked', 'Troubled', 'Deploring',
]);

/** English operative openers (finite verbs, third person). Used where a paragraph has no number. */
export const EN_OPERATIVE_VERBS = new Set([
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Appeals', 'Applauds', 'Approves', 'Authorizes',
  'Calls', 'Commends', 'Condemns', 'Confirms', 'Considers', 'Decides', 'Declares', 'Demands',
  'Deplores', 'Designates', 'Emphasizes', 'Encourages', 'Endorses', 'Expresses', 'Invites',
  'Notes', 'Proclaims', 'Reaffirms', 'Recalls', 'Recognizes', 'Recommends', 'Regrets',
  'Reiterates', 'Rejects', 'Reminds', 'Requests', 'Resolves', 'Stresses', 'Supports', 'Takes',
  'Underlines', 'Underscores', 'Urges', 'Welcomes', 'Agrees', 'Acknowledges',
]);

/** Adverbs that can precede a lead verb and belong to it: "Deeply concerned", "Also requests". */
export const EN_ADVERBS = new Set([
  'Also', 'Further', 'Furthermore', 'Deeply', 'Gravely', 'Seriously', 'Strongly', 'Firmly', 'Fully',
  'Again', 'Profoundly', 'Equally', 'Moreover', 'Emphatically', 'Solemnly', 'Once',
]);

/** Words that continue a lead verb: "Bearing in mind", "Takes note of", "Calls upon", "Recalling also". */
export const EN_CONTINUATIONS: readonly (readonly string[])[] = [
  ['in', 'mind'],
  ['note', 'with', 'appreciation', 'of'],
  ['note', 'with', 'satisfaction', 'of'],
  ['note', 'with', 'concern', 'of'],
  ['note', 'of'],
  ['into', 'account'],
  ['into', 'consideration'],
  ['with', 'deep', 'concern'],
  ['with', 'grave', 'concern'],
  ['with', 'appreciation'],
  ['with', 'satisfaction'],
  ['with', 'concern'],
  ['upon'],
  ['again'],
  ['also'],
  ['further'],
];

/** Participles that need their complement: "Guided by", "Appeals to", "Calls on". */
export const EN_PARTICLES: Record<string, string> = {
  Guided: 'by',
  Appeals: 'to',
  Appealing: 'to',
  Calls: 'on',
  Calling: 'on',
};

/**
 * Chinese openers, longest first when matched. Preambular and operative texts share many
 * (重申 is both "Reaffirming" and "Reaffirms"); the operative-only ones are marked below.
 */
export const ZH_LEAD_VERBS: readonly string[] = [
  '满意地注意到', '赞赏地注意到', '关切地注意到', '感兴趣地注意到', '表示注意到', '注意到',
  '深为关切', '深表关切', '严重关切', '表示关切', '深感关切', '关切', '深切关注', '关注',
  '着重指出', '认识到', '意识到', '考虑到', '回顾', '忆及', '重申', '申明', '确认', '承认',
  '强调', '指出', '铭记', '深信', '相信', '坚信', '认为', '欢迎', '赞扬', '赞赏', '感谢',
  '遵循', '决心', '希望', '念及', '重视', '痛惜', '谴责', '强烈谴责', '震惊', '感到震惊',
  '敦促', '促请', '吁请', '敦请', '呼吁', '邀请', '鼓励', '支持', '决定', '请', '核可', '核准',
  '通过', '宣布', '建议', '授权', '要求', '表示', '欣见', '认可', '肯定', '期待', '重申其',
];

/** Chinese openers that only ever start an operative paragraph. */
export const ZH_OPERATIVE_ONLY = new Set([
  '表示注意到', '敦促', '促请', '吁请', '敦请', '呼吁', '邀请', '决定', '请', '核可', '核准',
  '宣布', '授权', '要求',
]);

/** Prefixes that join a Chinese opener: 又回顾 ("Recalling also"), 还请, 再次重申, 进一步请. */
export const ZH_PREFIXES: readonly string[] = ['进一步', '再次', '又', '还', '也', '并', '再'];

/**
 * English openers certain enough to start a paragraph even after a line that does not end
 * in punctuation (a text cut off mid-sentence, then a new paragraph). Capitalised mid-sentence
 * words are names and titles ("Conference on Financing for Development"); none of these is.
 */
export const EN_STRONG_OPENERS = new Set([
  'Acknowledging', 'Affirming', 'Alarmed', 'Appreciating', 'Aware', 'Bearing', 'Believing', 'Cognizant',
  'Commending', 'Concerned', 'Condemning', 'Conscious', 'Considering', 'Convinced', 'Deeply', 'Deploring',
  'Desirous', 'Determined', 'Emphasizing', 'Encouraging', 'Expressing', 'Gravely', 'Guided', 'Having',
  'Highlighting', 'Keeping', 'Mindful', 'Noting', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing',
  'Reiterating', 'Seriously', 'Stressing', 'Taking', 'Underlining', 'Underscoring', 'Welcoming', 'Decides',
]);
