import type { PartnershipTexts } from '../sections/partnership';

export const partnershipNl: PartnershipTexts = {
  noPartnership:
    'Je hoort nog bij geen partnerschap. Zet er een op met `partnerschap`, of vraag je coördinator je toe te voegen; kies daarna je rol met `rol`.',
};
