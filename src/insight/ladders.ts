// Lead-verb strength ladders: data, one rung per line, weakest first.
//
// Where the rungs come from: the UN Editorial Manual's lists of operative openers ("Takes note
// of", "Welcomes", "Invites", "Encourages", "Calls upon", "Urges", "Demands", …) and of
// preambular openers ("Noting", "Concerned", "Deeply concerned", "Alarmed", …), ranked by how
// much each asks of its addressee, as delegates read them in negotiation:
// - noting asks nothing; welcoming approves; inviting asks politely and leaves the choice
//   (the opener for bodies the Assembly cannot direct); encouraging pushes an action along;
//   calling upon asks firmly; urging insists; demanding is the strongest (Security Council style).
// - Invites sits below Encourages here: an invitation leaves the addressee free to decline,
//   encouragement presses for the action. (The order of these two is debated; this file is the
//   one place to change it.)
// The Chinese rungs are the openers the official Chinese texts use for the same English ones;
// A/RES/68/160 itself has 表示注意到 (takes note of), 邀请 (invites), 促请 (calls upon) and 敦促
// (urges); 欢迎 (welcomes), 鼓励 (encourages) and 要求 (demands) are the usual counterparts of
// the rest. Verbs on no ladder ("Requests", "Decides", "Reaffirms", 请, 决定, 重申) are not
// ranked: a change to or from them is "sideways".

export interface Ladder {
  name: string;
  language: 'en' | 'zh';
  /** Weakest first; each rung lists equivalent verbs (lower-case for English). */
  rungs: readonly (readonly string[])[];
}

export const LADDERS: readonly Ladder[] = [
  {
    name: 'operative requests',
    language: 'en',
    rungs: [
      ['takes note of', 'notes', 'takes note with appreciation of', 'notes with appreciation'],
      ['welcomes', 'appreciates', 'commends'],
      ['invites'],
      ['encourages'],
      ['calls upon', 'calls on', 'appeals to'],
      ['urges', 'strongly encourages'],
      ['demands', 'strongly urges'],
    ],
  },
  {
    name: 'preambular concern',
    language: 'en',
    rungs: [['noting with concern'], ['concerned', 'expressing concern'], ['deeply concerned', 'expressing deep concern', 'seriously concerned'], ['gravely concerned', 'alarmed', 'deeply alarmed']],
  },
  {
    name: 'preambular acknowledgement',
    language: 'en',
    rungs: [['taking note of', 'noting'], ['acknowledging', 'recognizing'], ['welcoming', 'appreciating'], ['commending']],
  },
  {
    name: 'operative requests',
    language: 'zh',
    rungs: [['注意到', '表示注意到', '赞赏地注意到', '满意地注意到'], ['欢迎', '欣见', '赞扬', '赞赏'], ['邀请'], ['鼓励'], ['促请', '吁请', '呼吁'], ['敦促', '强烈鼓励'], ['要求', '强烈敦促']],
  },
  {
    name: 'preambular concern',
    language: 'zh',
    rungs: [['关切地注意到'], ['关切', '表示关切'], ['深为关切', '深表关切', '深感关切', '严重关切'], ['震惊', '感到震惊']],
  },
];
