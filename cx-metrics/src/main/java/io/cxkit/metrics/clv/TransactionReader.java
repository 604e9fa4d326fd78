package io.cxkit.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams transactions from a file, line by line, never holding the file in memory. Two formats:
 * <ul>
 *   <li>{@linkplain #cdnow() CDNOW}: whitespace-separated, no header,
 *       {@code master_id customer_id yyyyMMdd quantity amount} (the customer key is the second column, as in
 *       the literature);</li>
 *   <li>{@linkplain #csv(String, String, String) CSV} with a header row naming the customer, date and amount
 *       columns. A date is {@code yyyy-MM-dd}, {@code yyyyMMdd}, or an ISO instant / offset date-time, which is
 *       cut to its day in the reader's zone. Quoted fields follow RFC 4180 but may not span lines.</li>
 * </ul>
 * Every line after a CSV header is either accepted or rejected (a blank line is rejected too), so
 * {@code read = accepted + rejected}. Under fail-fast the first bad line throws
 * {@link TransactionReadException}; otherwise it goes to the report and reading goes on.
 */
public final class TransactionReader {
    private static final int KEEP_REJECTIONS = 100;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final boolean csv;
    private final String customerColumn;
    private final String dateColumn;
    private final String amountColumn;
    private final boolean failFast;
    private final ZoneId zone;

    private TransactionReader(boolean csv, String customerColumn, String dateColumn, String amountColumn,
                              boolean failFast, ZoneId zone) {
        this.csv = csv;
        this.customerColumn = customerColumn;
        this.dateColumn = dateColumn;
        this.amountColumn = amountColumn;
        this.failFast = failFast;
        this.zone = zone;
    }

    /** A skip-and-report reader of the CDNOW format. */
    public static TransactionReader cdnow() {
        return new TransactionReader(false, "customer_id", "date", "amount", false, ZoneOffset.UTC);
    }

    /**
     * A skip-and-report reader of CSV with the named columns (matched case-insensitively); timestamps are cut to
     * days in UTC until {@link #withZone} says otherwise.
     */
    public static TransactionReader csv(String customerColumn, String dateColumn, String amountColumn) {
        return new TransactionReader(true, Objects.requireNonNull(customerColumn, "customerColumn"),
                Objects.requireNonNull(dateColumn, "dateColumn"), Objects.requireNonNull(amountColumn,
                "amountColumn"), false, ZoneOffset.UTC);
    }

    /** The same reader, stopping at the first bad line when {@code failFast}. */
    public TransactionReader failFast(boolean failFast) {
        return new TransactionReader(csv, customerColumn, dateColumn, amountColumn, failFast, zone);
    }

    /** The same reader, cutting timestamps to days in {@code zone}. */
    public TransactionReader withZone(ZoneId zone) {
        return new TransactionReader(csv, customerColumn, dateColumn, amountColumn, failFast,
                Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Reads a UTF-8 file.
     *
     * @throws TransactionReadException under fail-fast, at the first bad line; or if a CSV header lacks a
     *         named column
     * @throws IOException if the file cannot be read
     */
    public TransactionReadReport read(Path file, Consumer<Transaction> accepted) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, accepted);
        }
    }

    /**
     * Reads a character stream named {@code source} (used in rejections).
     *
     * @throws TransactionReadException as for {@link #read(Path, Consumer)}
     * @throws IOException if the stream fails
     */
    public TransactionReadReport read(String source, Reader reader, Consumer<Transaction> accepted)
            throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        long lineNo = 0;
        long read = 0;
        long ok = 0;
        List<TransactionRejection> rejections = new ArrayList<>();
        long rejected = 0;
        int ci = 1;
        int di = 2;
        int ai = 4;
        int width = 5;
        if (csv) {
            String header = in.readLine();
            lineNo++;
            if (header == null) {
                return new TransactionReadReport(source, 0, 0, 0, List.of());
            }
            List<String> names = split(stripBom(header));
            ci = column(names, customerColumn, source, "customer");
            di = column(names, dateColumn, source, "date");
            ai = column(names, amountColumn, source, "amount");
            width = names.size();
        }
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            read++;
            TransactionRejection bad;
            try {
                accepted.accept(parse(source, lineNo, line, ci, di, ai, width));
                ok++;
                continue;
            } catch (Rejected r) {
                bad = r.rejection;
            }
            rejected++;
            if (rejections.size() < KEEP_REJECTIONS) {
                rejections.add(bad);
            }
            if (failFast) {
                throw new TransactionReadException(new TransactionReadReport(source, read, ok, rejected, rejections),
                        bad);
            }
        }
        return new TransactionReadReport(source, read, ok, rejected, rejections);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int column(List<String> names, String wanted, String source, String role) throws IOException {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).trim().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        TransactionRejection r = new TransactionRejection(source, 1, "header", String.join(",", names),
                "no " + role + " column named '" + wanted + "'");
        throw new TransactionReadException(new TransactionReadReport(source, 0, 0, 0, List.of()), r);
    }

    private Transaction parse(String source, long lineNo, String line, int ci, int di, int ai, int width)
            throws Rejected {
        if (line.isBlank()) {
            throw new Rejected(new TransactionRejection(source, lineNo, "line", "", "blank line"));
        }
        List<String> f;
        if (csv) {
            try {
                f = split(line);
            } catch (IllegalArgumentException e) {
                throw new Rejected(new TransactionRejection(source, lineNo, "line", line, e.getMessage()));
            }
            if (f.size() != width) {
                throw new Rejected(new TransactionRejection(source, lineNo, "line", line,
                        "expected " + width + " fields as in the header, found " + f.size()));
            }
        } else {
            f = List.of(line.trim().split("\\s+"));
            if (f.size() != 5) {
                throw new Rejected(new TransactionRejection(source, lineNo, "line", line,
                        "expected 5 whitespace-separated fields (master_id customer_id yyyyMMdd quantity amount), "
                                + "found " + f.size()));
            }
        }
        String customer = f.get(ci).trim();
        if (customer.isEmpty()) {
            throw new Rejected(new TransactionRejection(source, lineNo, customerColumn, customer,
                    "customer must not be empty"));
        }
        String dateText = f.get(di).trim();
        LocalDate date = date(dateText);
        if (date == null) {
            throw new Rejected(new TransactionRejection(source, lineNo, dateColumn, dateText,
                    "not a date (yyyy-MM-dd, yyyyMMdd or an ISO date-time)"));
        }
        String amountText = f.get(ai).trim();
        double amount;
        try {
            amount = Double.parseDouble(amountText);
        } catch (NumberFormatException e) {
            amount = Double.NaN;
        }
        if (!Double.isFinite(amount) || amountText.toLowerCase(Locale.ROOT).contains("n")) {
            throw new Rejected(new TransactionRejection(source, lineNo, amountColumn, amountText,
                    "not a finite decimal number"));
        }
        return new Transaction(customer, date, amount);
    }

    private LocalDate date(String s) {
        try {
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(s, BASIC);
            }
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.endsWith("Z") || s.endsWith("z")) {
                return Instant.parse(s).atZone(zone).toLocalDate();
            }
            return OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Splits one RFC 4180 line (no embedded line breaks). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && cur.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        out.add(cur.toString());
        return out;
    }

    /** Control flow for a bad line; never escapes this class. */
    private static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient TransactionRejection rejection;

        Rejected(TransactionRejection rejection) {
            super(null, null, false, false);
            this.rejection = rejection;
        }
    }
}
