// The identity a person holds (decision 8). The client form asks for it together with the guidance
// period's own fields; this is the one mapping from the form to the person, used when a client is
// registered or edited. The guidance period (Client) keeps none of it but a copy of the name that
// the database keeps (for sorting and search).
import type { Education, Gender, MaritalStatus, Religion } from "./enums";

/** The client form's fields that the person holds, not the guidance period. */
export const IDENTITY_FIELDS = [
  "fullName", "aliasName", "nik", "birthPlace", "birthDate", "gender", "religion", "education", "occupation", "maritalStatus",
  "address", "city", "phone",
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export const isIdentityField = (f: string): f is IdentityField => (IDENTITY_FIELDS as readonly string[]).includes(f);

export interface ClientIdentity {
  category: "DEWASA" | "ANAK";
  fullName: string;
  aliasName?: string | null;
  nik?: string | null;
  birthPlace: string;
  birthDate: Date;
  gender: Gender;
  religion: Religion;
  education: Education;
  occupation?: string | null;
  maritalStatus?: MaritalStatus | null;
  address: string;
  city?: string | null;
  phone?: string | null;
  familyContactName?: string | null;
  familyContactRelation?: string | null;
  familyContactPhone?: string | null;
}

export interface PersonIdentity {
  fullName: string;
  aliasName: string | null;
  nik: string | null;
  birthPlace: string | null;
  birthDate: Date | null;
  gender: Gender | null;
  religion: Religion | null;
  education: Education | null;
  occupation: string | null;
  maritalStatus: MaritalStatus | null;
  address: string | null;
  city: string | null;
  phone: string | null;
  guardianName: string | null;
  guardianRelation: string | null;
  guardianPhone: string | null;
}

/** The person's identity from the client form; for a child, the family contact is the guardian. */
export function personIdentityOf(c: ClientIdentity): PersonIdentity {
  const child = c.category === "ANAK";
  return {
    fullName: c.fullName,
    aliasName: c.aliasName ?? null,
    nik: c.nik ?? null,
    birthPlace: c.birthPlace,
    birthDate: c.birthDate,
    gender: c.gender,
    religion: c.religion,
    education: c.education,
    occupation: c.occupation ?? null,
    maritalStatus: c.maritalStatus ?? null,
    address: c.address,
    city: c.city ?? null,
    phone: c.phone ?? null,
    guardianName: child ? (c.familyContactName ?? null) : null,
    guardianRelation: child ? (c.familyContactRelation ?? null) : null,
    guardianPhone: child ? (c.familyContactPhone ?? null) : null,
  };
}
