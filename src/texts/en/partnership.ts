import type { PartnershipTexts } from '../sections/partnership';

export const partnershipEn: PartnershipTexts = {
  noPartnership:
    "You don't belong to a partnership yet. Set one up with `partnership`, or ask your coordinator to add you; then choose your role with `role`.",
};
