package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.sample.SampleSchema;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CX report: computes every section (overview, survey metrics with breakdowns and trends, service metrics,
 * journeys and their map, funnel, experience and pain points, customers at risk, attribution, CLV, voice of the
 * customer, segments, what moves the figures (key drivers, negativity ratio) and measured change (change points,
 * the interrupted time series around a known intervention), then any
 * section added with {@link Builder#section}) over the same interactions, so a service produces the same report
 * as {@code cx report}. A section the input cannot support is returned as skipped, with its reason, and the
 * others are still computed.
 *
 * <pre>{@code
 * Report report = CxReport.builder().zone(ZoneId.of("Europe/Paris")).build().compute(interactions, reads);
 * report.content(SurveyMetrics.class).ifPresent(...);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #compute} holds the interactions in memory (journeys need them all).
 */
public final class CxReport {
    /** The default conversion window of the funnel. */
    public static final Duration FUNNEL_WINDOW = Duration.ofDays(14);

    private final List<SectionProvider<?>> sections;
    private final ZoneId zone;
    private final double confidence;

    private CxReport(Builder b) {
        this.zone = b.zone;
        this.confidence = b.confidence;
        List<SectionProvider<?>> s = new ArrayList<>();
        s.add(new OverviewProvider());
        s.add(new SurveyProvider());
        s.add(new ServiceProvider());
        s.add(new JourneysProvider(b.topVariants, b.topEdges));
        s.add(new FunnelProvider(SampleSchema.PURCHASE_FUNNEL, b.funnelSteps, b.funnelWindow));
        Scoring scoring = new Scoring(b.negativityWeight);
        s.add(new ExperienceProvider(b.topPainPoints, b.minJourneys, scoring));
        s.add(new AtRiskProvider(b.topAtRisk, scoring));
        s.add(new AttributionProvider(b.conversion, b.markovOrder));
        s.add(new ClvProvider(b.horizonWeeks, b.annualDiscountRate));
        s.add(new VoiceOfCustomerProvider());
        s.add(new SegmentsProvider(b.horizonWeeks, scoring));
        s.add(new DriversProvider(b.driverAttributes));
        s.add(new ChangeProvider(b.intervention));
        s.addAll(b.extra);
        this.sections = List.copyOf(s);
    }

    /**
     * A builder with the defaults: UTC, 95 % intervals, the sample's purchase funnel when the input has all its
     * steps, 14-day funnel window, 5 variants, 15 map edges, 5 pain points over touchpoints with at least 10
     * journeys, 10 at-risk customers, conversion outcome {@code converted}, first-order Markov chain, CLV over
     * 52 weeks at 10 % a year.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The report with every default.
     *
     * @return the report
     */
    public static CxReport withDefaults() {
        return builder().build();
    }

    /**
     * The keys of the sections, in report order.
     *
     * @return the keys
     */
    public List<String> keys() {
        return sections.stream().map(SectionProvider::key).toList();
    }

    /**
     * Computes every section.
     *
     * @param interactions the accepted interactions, in input order
     * @param reads how each input source was read (shown in the overview); empty if not read from files
     * @return the report, sections in order
     */
    public Report compute(List<Interaction> interactions, List<ReadReport> reads) {
        return compute(new ReportInput(interactions, reads, zone, confidence), phase -> { });
    }

    /**
     * Computes every section, telling {@code progress} the title of each section as it starts.
     *
     * @param input the report's input
     * @param progress told each section's title before it is computed (for a progress line)
     * @return the report, sections in order
     */
    public Report compute(ReportInput input, java.util.function.Consumer<String> progress) {
        List<Section<?>> out = new ArrayList<>(sections.size());
        for (SectionProvider<?> p : sections) {
            progress.accept(p.title());
            out.add(section(p, input));
        }
        return Report.of(out);
    }

    private static <T> Section<T> section(SectionProvider<T> p, ReportInput input) {
        try {
            return Section.shown(p.key(), p.title(), p.compute(input));
        } catch (SectionUnavailableException | IllegalArgumentException e) {
            // IllegalArgumentException is how the calculators refuse an input they cannot use; its message
            // names what was missing, which is the reason a reader needs.
            return Section.skipped(p.key(), p.title(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * A known intervention (a change made on a date, to some of the interactions), for the interrupted time series
     * of the {@code change} section.
     *
     * @param at when it took effect
     * @param attribute the attribute that picks the interactions it applies to, or empty for all
     * @param value the attribute's value for them (ignored when the attribute is empty)
     * @param origin where the date comes from, for the reader ({@code given}, or the sample's known intervention)
     */
    public record Intervention(java.time.Instant at, String attribute, String value, String origin) {
        /**
         * @param at when it took effect
         * @param attribute the attribute that picks the interactions it applies to, or empty for all
         * @param value the attribute's value for them (ignored when the attribute is empty)
         * @param origin where the date comes from, for the reader ({@code given}, or the sample's known intervention)
         * @throws NullPointerException if a component is null
         */
        public Intervention {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(origin, "origin");
        }

        /** Whether the intervention applies to the interaction. */
        boolean includes(Interaction i) {
            return attribute.isEmpty() || value.equals(i.attributes().get(attribute));
        }

        /** The interactions it applies to, in words: {@code region=emea} or {@code all}. */
        String group() {
            return attribute.isEmpty() ? "all" : attribute + "=" + value;
        }
    }

    /** Configures a {@link CxReport}. */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private double confidence = 0.95;
        private Optional<List<String>> funnelSteps = Optional.empty();
        private Duration funnelWindow = FUNNEL_WINDOW;
        private int topVariants = 5;
        private int topEdges = 15;
        private int topPainPoints = 5;
        private int minJourneys = 10;
        private int topAtRisk = 10;
        private Outcome conversion = Outcome.CONVERTED;
        private int markovOrder = 1;
        private int horizonWeeks = 52;
        private double annualDiscountRate = 0.10;
        private final List<SectionProvider<?>> extra = new ArrayList<>();
        private List<String> driverAttributes = List.of();
        private Optional<Intervention> intervention = Optional.empty();
        private java.util.OptionalDouble negativityWeight = java.util.OptionalDouble.of(
                io.cxkit.journey.scoring.ScoringSettings.DEFAULTS.negativityWeight());

        /**
         * The negativity weight λ of the journey experience score, for the sections that score journeys
         * (experience, at-risk, segments); default 2.
         *
         * @param weight at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1 or not finite
         */
        public Builder negativityWeight(double weight) {
            io.cxkit.journey.scoring.ScoringSettings.DEFAULTS.withNegativityWeight(weight);
            this.negativityWeight = java.util.OptionalDouble.of(weight);
            return this;
        }

        /**
         * Sets λ from the data: the negativity ratio of the report's own journeys
         * ({@link io.cxkit.journey.drivers.NegativityWeight}). The experience section states the estimate with its
         * interval and n; when it cannot be used (too few answered journeys, an interval reaching 1 or below, ...)
         * the sections that score journeys are skipped with that reason.
         *
         * @return this builder
         */
        public Builder estimatedNegativityWeight() {
            this.negativityWeight = java.util.OptionalDouble.empty();
            return this;
        }

        private Builder() {
        }

        /**
         * The question ratings the {@code drivers} section analyses ({@code attr.q_speed}, ...). Without them it
         * takes every attribute named {@code q_*}.
         *
         * @param fields answer fields, at least one
         * @return this builder
         * @throws IllegalArgumentException if empty or a name is not an answer field
         */
        public Builder driverAttributes(List<String> fields) {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("give at least one driver");
            }
            fields.forEach(io.cxkit.metrics.drivers.AnswerField::new);
            this.driverAttributes = List.copyOf(fields);
            return this;
        }

        /**
         * An intervention for the {@code change} section's interrupted time series (CSAT around its date, with
         * the counterfactual line). Without one the time series is left out, with that reason.
         *
         * @param i the intervention
         * @return this builder
         */
        public Builder intervention(Intervention i) {
            this.intervention = Optional.of(Objects.requireNonNull(i, "intervention"));
            return this;
        }

        /**
         * The zone months and days are cut in.
         *
         * @param z the zone
         * @return this builder
         */
        public Builder zone(ZoneId z) {
            this.zone = Objects.requireNonNull(z, "zone");
            return this;
        }

        /**
         * The confidence level of every interval and the significance of every change (1 − level).
         *
         * @param level in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if outside (0, 1)
         */
        public Builder confidence(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + level);
            }
            this.confidence = level;
            return this;
        }

        /**
         * The funnel's steps (touchpoint ids, in order). Without them the report uses the sample's purchase
         * funnel when every step occurs in the input, and otherwise skips the funnel with the reason.
         *
         * @param steps at least two steps
         * @return this builder
         * @throws IllegalArgumentException if fewer than two steps
         */
        public Builder funnelSteps(List<String> steps) {
            if (steps.size() < 2) {
                throw new IllegalArgumentException("a funnel needs at least two steps, was " + steps);
            }
            this.funnelSteps = Optional.of(List.copyOf(steps));
            return this;
        }

        /**
         * The funnel's conversion window from its first step.
         *
         * @param window a positive duration
         * @return this builder
         */
        public Builder funnelWindow(Duration window) {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("funnel window must be positive, was " + window);
            }
            this.funnelWindow = window;
            return this;
        }

        /**
         * The outcome that counts as a conversion in attribution.
         *
         * @param outcome the outcome
         * @return this builder
         */
        public Builder conversion(Outcome outcome) {
            this.conversion = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * The Markov chain's order for attribution.
         *
         * @param order 1..4
         * @return this builder
         */
        public Builder markovOrder(int order) {
            if (order < 1 || order > 4) {
                throw new IllegalArgumentException("Markov order must be within 1..4, was " + order);
            }
            this.markovOrder = order;
            return this;
        }

        /**
         * The CLV horizon and discount rate.
         *
         * @param weeks horizon in weeks, at least 1
         * @param annualRate annual discount rate, at least 0
         * @return this builder
         */
        public Builder clv(int weeks, double annualRate) {
            if (weeks < 1 || !(annualRate >= 0)) {
                throw new IllegalArgumentException("CLV horizon must be >= 1 week and the rate >= 0, was " + weeks
                        + " weeks at " + annualRate);
            }
            this.horizonWeeks = weeks;
            this.annualDiscountRate = annualRate;
            return this;
        }

        /**
         * How many rows the listing sections show.
         *
         * @param variants top variants
         * @param edges journey-map edges
         * @param painPoints pain points
         * @param atRisk at-risk customers
         * @return this builder
         */
        public Builder top(int variants, int edges, int painPoints, int atRisk) {
            if (variants < 1 || edges < 1 || painPoints < 1 || atRisk < 1) {
                throw new IllegalArgumentException("every top count must be at least 1");
            }
            this.topVariants = variants;
            this.topEdges = edges;
            this.topPainPoints = painPoints;
            this.topAtRisk = atRisk;
            return this;
        }

        /**
         * Adds a section after the built-in ones.
         *
         * @param provider computes the section
         * @return this builder
         */
        public Builder section(SectionProvider<?> provider) {
            extra.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * The report.
         *
         * @return the configured report
         * @throws IllegalArgumentException if two sections share a key
         */
        public CxReport build() {
            CxReport r = new CxReport(this);
            if (r.keys().stream().distinct().count() != r.keys().size()) {
                throw new IllegalArgumentException("two report sections share a key: " + r.keys());
            }
            return r;
        }
    }
}
