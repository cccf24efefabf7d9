import type { OrganisationKind } from "@/lib/generated/prisma/enums";

// The reference data's finer organisation types, folded into our kinds.
const kindByType: Record<string, OrganisationKind> = {
  association: "ASSOCIATION",
  "international-ngo": "ASSOCIATION",
  coalition: "NETWORK",
  network: "NETWORK",
  "citizen-collective": "INFORMAL_GROUP",
  cooperative: "COOPERATIVE",
  foundation: "FOUNDATION",
  "foundation-programme": "FOUNDATION",
  "public-programme": "PUBLIC_INSTITUTION",
  "public-institution": "PUBLIC_INSTITUTION",
  university: "UNIVERSITY",
};

export function organisationKindOf(type: string): OrganisationKind {
  return kindByType[type] ?? "OTHER";
}
