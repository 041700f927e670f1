/**
 * What a contest rule says about a case: a finding names the rule, says it in Vietnamese, and carries the
 * source and confidence of the fact it rests on, so the interface can show "Chưa xác minh" next to a rule the
 * sources give only second-hand.
 */
import type { Confidence, Edition, FactOf } from '../editions/schema.ts';

export interface RuleFinding {
  code: string;
  message: string;
  /** The rule, in words: "Thể lệ năm 2022 (Kế hoạch 762-KH/HVCTQG): giới hạn số bài mỗi tác giả". */
  rule: string;
  source: string;
  confidence: Confidence;
}

/** "Thể lệ năm 2025 (Kế hoạch 57-KH/HVCTQG)"; the plan is named when the edition knows it. */
export function editionRule(edition: Edition): string {
  const plan = edition.plan.value?.number;
  return plan ? `Thể lệ năm ${edition.year} (Kế hoạch ${plan})` : `Thể lệ năm ${edition.year}`;
}

export function finding(
  edition: Edition,
  fact: Pick<FactOf<unknown>, 'source' | 'confidence'>,
  code: string,
  topic: string,
  message: string,
): RuleFinding {
  const rule = `${editionRule(edition)}: ${topic}`;
  const unverified = fact.confidence === 'uncertain' ? ', chưa xác minh' : '';
  return {
    code,
    message: `${message} (${rule} — nguồn: ${fact.source}${unverified}).`,
    rule,
    source: fact.source,
    confidence: fact.confidence,
  };
}

/** A rule the edition leaves unset: nothing is enforced, a person is told. */
export function notSet(edition: Edition, fact: FactOf<unknown>, code: string, topic: string): RuleFinding {
  return {
    code,
    message: `Chưa xác định ${topic} cho ${editionRule(edition).replace('Thể lệ ', 'lần thi ')}: hệ thống không kiểm tra, cần người xem xét.`,
    rule: `${editionRule(edition)}: ${topic}`,
    source: fact.source,
    confidence: 'uncertain',
  };
}

/** 0.274 → "27,4 %" (Vietnamese decimal comma). */
export function percent(share: number): string {
  const rounded = Math.round(share * 1000) / 10;
  return `${rounded.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
}
