import type { AppLocale } from "@/lib/i18n/routing";
import type { ModeratorsPage } from "@/lib/roles/moderators-page";
import type { RegionOption } from "./region-checkboxes";
import { StaffMember } from "./staff-member";

type Props = {
  staff: ModeratorsPage["staff"];
  viewerId: string;
  regions: RegionOption[];
  locale: AppLocale;
};

/** Admins first, then moderators, each with what they may moderate. */
export function StaffList({ staff, viewerId, regions, locale }: Props) {
  return (
    <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white">
      {staff.map((member) => (
        <StaffMember
          key={member.id}
          member={member}
          viewerId={viewerId}
          regions={regions}
          locale={locale}
        />
      ))}
    </ul>
  );
}
