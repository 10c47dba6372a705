package dk.trekant.demo;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;

/** Demo partner systems; each token equals the partner's name. Demo profile only. */
@Component
@Profile("demo")
class DemoPartners implements InitializingBean {

    /** Høje-Taastrup's kommunekode. */
    private static final String MUNICIPALITY = "0169";

    private final PartnerService partners;

    DemoPartners(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public void afterPropertiesSet() {
        partner("demo-politi", PartnerKind.POLICE, null);
        partner("demo-skole", PartnerKind.SCHOOL, MUNICIPALITY);
        partner("demo-klub", PartnerKind.CLUB, MUNICIPALITY);
        partner("demo-boligselskab", PartnerKind.HOUSING, MUNICIPALITY);
        partner("demo-kriminalforsorgen", PartnerKind.KRIMINALFORSORGEN, null);
        partner("demo-arbejdsplads", PartnerKind.WORKPLACE, MUNICIPALITY);
        partner("demo-vaegter", PartnerKind.GUARDS, MUNICIPALITY);
    }

    private void partner(String name, PartnerKind kind, String municipalityCode) {
        if (!partners.exists(name)) {
            partners.register(name, kind, municipalityCode, name);
        }
    }
}
