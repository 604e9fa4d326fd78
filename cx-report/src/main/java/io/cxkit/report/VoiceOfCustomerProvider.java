package io.cxkit.report;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;
import io.cxkit.text.KeyPhrases;
import io.cxkit.text.MessageTone;
import io.cxkit.text.Segment;
import io.cxkit.text.SentimentMetric;
import io.cxkit.text.Tone;
import io.cxkit.text.ToneDetector;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code voice_of_customer} section. */
final class VoiceOfCustomerProvider implements SectionProvider<VoiceOfCustomer> {
    @Override
    public String key() {
        return "voice_of_customer";
    }

    @Override
    public String title() {
        return "Voice of the customer";
    }

    @Override
    public VoiceOfCustomer compute(ReportInput input) {
        double level = input.confidence();
        SentimentMetric mean = new SentimentMetric(SentimentMetric.MEAN, true, level, ProportionInterval.AGRESTI_COULL);
        SentimentMetric negative = new SentimentMetric(SentimentMetric.NEGATIVE_SHARE, true, level,
                ProportionInterval.AGRESTI_COULL);
        SentimentMetric.State all = mean.newAccumulator();
        SentimentMetric.State neg = negative.newAccumulator();
        Map<YearMonth, SentimentMetric.State> months = new TreeMap<>();
        KeyPhrases phrases = new KeyPhrases(3, 0, 5, level);
        KeyPhrases.Counter topics = phrases.newCounter();
        ToneDetector detector = ToneDetector.standard();
        long[] tones = new long[Tone.values().length];
        long comments = 0;
        for (Interaction i : input.interactions()) {
            String text = null;
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Verbatim v) {
                    text = v.text();
                    break;
                }
            }
            if (text == null) {
                continue;
            }
            comments++;
            MessageTone t = detector.detect(text);
            double compound = t.sentiment().compound();
            all.addCompound(compound);
            neg.addCompound(compound);
            months.computeIfAbsent(YearMonth.from(i.timestamp().atZone(input.zone())), m -> mean.newAccumulator())
                    .addCompound(compound);
            topics.add(text, Segment.of(i));
            for (Tone tone : t.tones()) {
                tones[tone.ordinal()]++;
            }
        }
        if (comments == 0) {
            throw new SectionUnavailableException("no interaction carries a comment");
        }
        List<VoiceOfCustomer.Month> trend = new ArrayList<>();
        months.forEach((m, s) -> {
            Estimate e = s.result();
            trend.add(new VoiceOfCustomer.Month(m, e.n(), e.value(),
                    e.interval().map(Interval::lower).orElse(Double.NaN),
                    e.interval().map(Interval::upper).orElse(Double.NaN)));
        });
        List<VoiceOfCustomer.ToneShare> mix = new ArrayList<>();
        for (Tone tone : Tone.values()) {
            long k = tones[tone.ordinal()];
            Interval ci = ProportionStatistics.interval(ProportionInterval.AGRESTI_COULL, k, comments, level);
            mix.add(new VoiceOfCustomer.ToneShare(tone.id(), k, (double) k / comments, ci.lower(), ci.upper()));
        }
        return new VoiceOfCustomer(comments, all.result(), neg.result(), trend, topics.detractorLift(5), mix);
    }
}
