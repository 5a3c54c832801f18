// The identity a person holds, as carried by a guidance period (Client) while both hold it
// (decision 8): one mapping, used when a client is registered or edited, and by the migration.
import type { Education, Gender, MaritalStatus, Religion } from "./enums";

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

/** The person's identity from a client's record; for a child, the family contact is the guardian. */
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
