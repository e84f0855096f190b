package io.offerbench.ui.common;

import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import java.util.List;

/** The enums the UI shows by name; each constant needs an "enum.Type.CONSTANT" text in the bundle. */
public final class EnumLabelsCatalog {

    public static final List<Class<? extends Enum<?>>> LABELLED = List.of(OfferType.class, io.offerbench.domain.Seniority.class,
            OfferStatus.class, EquityType.class, PublicationPolicy.class, ComputeAccess.class, TopicFit.class,
            VisaSupport.class, io.offerbench.domain.LiquidityScenario.class,
            io.offerbench.domain.ReviewRole.class, io.offerbench.domain.BenchmarkKind.class,
            io.offerbench.domain.CompanyStage.class);

    private EnumLabelsCatalog() {
    }
}
