/**
 * What the letter itself says about who stamped it, for a stamp whose name OCR cut off or lost. A provincial
 * body's letter (Tỉnh ủy X and its boards, UBND tỉnh X and its departments) is received inside province X, and
 * TCT's users are the political schools: a cut reading ("TRƯỜNG CHÍNH TRỊ TH", "SỞ NỘI VỤ") is completed to
 * the one name of the vocabulary that extends it inside the issuer's province, and a stamp with no readable
 * name is taken to be that province's political school. The letter's own addressees come before the province:
 * a body registers what is addressed to it, so a cut name one addressee goes on with, or a lost name of a letter
 * addressed to one body alone, is that addressee. All are inferences: the caller lowers the confidence, and in
 * the app the registering school's own name (ReceiverHints) comes first.
 */
import { fold } from './normalize.ts';
import { namesExtending, orgKey } from './org-vocab.ts';
import { PROVINCES, PROVINCIAL_SCHOOLS } from './organisations.ts';

export interface IssuerProvince {
  /** As printed in the vocabulary (upper case). */
  province: string;
  unit: 'TỈNH' | 'THÀNH PHỐ';
}

const PROVINCE_NAMES = PROVINCES.map((p) => ({ name: p.toUpperCase(), key: orgKey(p) })).sort(
  (a, b) => b.key.length - a.key.length,
);
// "TỈNH ỦY X", "THÀNH ỦY X", "ỦY BAN NHÂN DÂN TỈNH X", "UBND THÀNH PHỐ X", "ĐẢNG BỘ TỈNH X", "HĐND TỈNH X".
const PROVINCIAL_BODY =
  /^(tinh uy|thanh uy|(?:uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|dang bo) (tinh|thanh pho))\s+(.+)$/;

/** The province of a provincial issuer (its own name, else its parent's), or null for central bodies. */
export function issuerProvince(names: ReadonlyArray<string | null | undefined>): IssuerProvince | null {
  for (const name of names) {
    if (!name) continue;
    const m = PROVINCIAL_BODY.exec(fold(name).replace(/\s+/g, ' ').trim());
    if (!m?.[3]) continue;
    const rest = orgKey(m[3]);
    const hit = PROVINCE_NAMES.find((p) => p.key === rest);
    if (!hit) continue;
    const city = m[1] === 'thanh uy' || m[2] === 'thanh pho';
    return { province: hit.name, unit: city ? 'THÀNH PHỐ' : 'TỈNH' };
  }
  return null;
}

/**
 * The vocabulary name extending a cut reading inside the issuer's province, or null: the province's school
 * when it fits, else the name in the unit's full form ("SỞ NỘI VỤ" → "SỞ NỘI VỤ TỈNH X"), else the only one.
 */
export function completeInProvince(read: string, at: IssuerProvince): string | null {
  const key = orgKey(read);
  const school = provincialSchool(at);
  if (orgKey(school).startsWith(key) && orgKey(school) !== key) return school;
  const province = orgKey(at.province);
  const inProvince = namesExtending(read, 5000).filter((n) => orgKey(n).endsWith(province));
  if (inProvince.length <= 1) return inProvince[0] ?? null;
  // The full form of the province's own unit: "SỞ NỘI VỤ TỈNH X", or for a Party board "BAN … TỈNH ỦY X".
  const committee = at.unit === 'TỈNH' ? 'TỈNH ỦY' : 'THÀNH ỦY';
  const full = [`${read} ${at.unit} ${at.province}`, `${read} ${committee} ${at.province}`].map(orgKey);
  return inProvince.find((n) => full.includes(orgKey(n))) ?? null;
}

/** The political school of the issuer's province, as its stamp names it. */
export function provincialSchool(at: IssuerProvince): string {
  return PROVINCIAL_SCHOOLS[at.province] ?? `TRƯỜNG CHÍNH TRỊ ${at.unit} ${at.province}`;
}

// Addressees that are no one body ("Các sở, ban, ngành", "Như trên", "Đồng chí …"): no stamp of theirs.
const GROUP_ADDRESSEE = /^(cac|nhung|nhu tren|dong chi|ong|ba|thuong truc)\b/;

/**
 * A cut stamp name completed from the letter's own addressees: the stamp is the registering body's, and a body
 * registers a letter addressed to it. Taken only when exactly one named addressee extends the reading.
 */
export function completeFromAddressees(read: string, addressees: readonly string[]): string | null {
  const key = orgKey(read);
  if (key.length < 6) return null;
  const found = namedAddressees(addressees).filter((a) => {
    const k = orgKey(a);
    return k.length > key.length && k.startsWith(key);
  });
  return found.length === 1 && found[0] ? found[0].toUpperCase() : null;
}

/** The one named addressee of a letter addressed to a single body ("Kính gửi: Sở Nội vụ tỉnh X."), else null. */
export function soleAddressee(addressees: readonly string[]): string | null {
  const named = namedAddressees(addressees);
  return named.length === 1 && named[0] ? named[0].toUpperCase() : null;
}

function namedAddressees(addressees: readonly string[]): string[] {
  return addressees.map((a) => a.replace(/[;,.:]+$/u, '').trim()).filter((a) => !GROUP_ADDRESSEE.test(fold(a)));
}
