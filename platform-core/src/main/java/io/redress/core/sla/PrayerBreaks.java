package io.redress.core.sla;

import com.batoulapps.adhan.CalculationMethod;
import com.batoulapps.adhan.Coordinates;
import com.batoulapps.adhan.PrayerTimes;
import com.batoulapps.adhan.data.DateComponents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Breaks in working time that follow the day's prayer times at a location rather than a fixed hour, as offices in
 * the Middle East keep them. The times move by minutes from day to day, so they are computed for each date (with
 * adhan) instead of being configured.
 *
 * @param latitude  of the location whose prayer times count, in degrees, -90 to 90
 * @param longitude of that location, in degrees, -180 to 180
 * @param method    the calculation convention the local authority follows
 * @param minutes   length of each break, starting at the prayer time
 * @param prayers   the prayers that interrupt work; the others (typically Fajr and Isha) fall outside office hours
 */
public record PrayerBreaks(double latitude, double longitude, Method method, int minutes, Set<Prayer> prayers) {

    public static final int DEFAULT_MINUTES = 20;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 120;

    /**
     * Our own names for adhan's calculation methods, so that the API and stored calendars do not change if the
     * library renames or adds one. Adhan's {@code OTHER} is left out: it has no angles and yields no usable times.
     */
    public enum Method {
        DUBAI(CalculationMethod.DUBAI),
        UMM_AL_QURA(CalculationMethod.UMM_AL_QURA),
        MUSLIM_WORLD_LEAGUE(CalculationMethod.MUSLIM_WORLD_LEAGUE),
        EGYPTIAN(CalculationMethod.EGYPTIAN),
        KARACHI(CalculationMethod.KARACHI),
        QATAR(CalculationMethod.QATAR),
        KUWAIT(CalculationMethod.KUWAIT),
        SINGAPORE(CalculationMethod.SINGAPORE),
        MOON_SIGHTING_COMMITTEE(CalculationMethod.MOON_SIGHTING_COMMITTEE),
        NORTH_AMERICA(CalculationMethod.NORTH_AMERICA);

        private final CalculationMethod adhan;

        Method(CalculationMethod adhan) {
            this.adhan = adhan;
        }
    }

    /** The five daily prayers; sunrise is not one and never interrupts work. */
    public enum Prayer {
        FAJR(times -> times.fajr),
        DHUHR(times -> times.dhuhr),
        ASR(times -> times.asr),
        MAGHRIB(times -> times.maghrib),
        ISHA(times -> times.isha);

        private final Function<PrayerTimes, Date> time;

        Prayer(Function<PrayerTimes, Date> time) {
            this.time = time;
        }
    }

    public PrayerBreaks {
        // Written as negated ranges so that NaN is rejected too.
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Prayer breaks latitude must be between -90 and 90, but got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(
                    "Prayer breaks longitude must be between -180 and 180, but got " + longitude);
        }
        Objects.requireNonNull(method, "method");
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Prayer breaks must last between " + MIN_MINUTES + " and "
                    + MAX_MINUTES + " minutes, but got " + minutes);
        }
        Objects.requireNonNull(prayers, "prayers");
        if (prayers.isEmpty()) {
            throw new IllegalArgumentException("Prayer breaks need at least one prayer (FAJR, DHUHR, ASR, MAGHRIB, ISHA)");
        }
        prayers.forEach(prayer -> Objects.requireNonNull(prayer, "prayer"));
        prayers = Collections.unmodifiableSet(EnumSet.copyOf(prayers));
    }

    public PrayerBreaks(double latitude, double longitude, Method method, Set<Prayer> prayers) {
        this(latitude, longitude, method, DEFAULT_MINUTES, prayers);
    }

    /**
     * The breaks of a local date, read in {@code zone}, in time order. Breaks may overlap when prayers are closer
     * together than {@link #minutes}; a break running past midnight is cut there, as intervals never cross it.
     * A prayer that falls on another local date (coordinates far from the zone) or that the sun does not define
     * that day (polar latitudes) gives no break, rather than making deadlines impossible to compute.
     */
    public List<WorkingInterval> breaksOn(LocalDate date, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Day day = new Day(this, date, zone);
        List<WorkingInterval> known = COMPUTED.get(day);
        if (known != null) {
            return known;
        }
        if (COMPUTED.size() >= CACHE_LIMIT) {
            COMPUTED.clear(); // a year of days for a few hundred places; cheaper to start again than to track use
        }
        List<WorkingInterval> computed = compute(date, zone);
        COMPUTED.put(day, computed);
        return computed;
    }

    /** A place's prayer breaks on a local date: the astronomy is the same for every deadline that crosses the day. */
    private record Day(PrayerBreaks breaks, LocalDate date, ZoneId zone) {
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final Map<Day, List<WorkingInterval>> COMPUTED = new ConcurrentHashMap<>();

    private List<WorkingInterval> compute(LocalDate date, ZoneId zone) {
        PrayerTimes times = new PrayerTimes(new Coordinates(latitude, longitude),
                new DateComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                method.adhan.getParameters());
        List<WorkingInterval> breaks = new ArrayList<>(prayers.size());
        for (Prayer prayer : prayers) {
            Date time = prayer.time.apply(times);
            if (time == null) {
                continue;
            }
            ZonedDateTime start = time.toInstant().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
            if (!start.toLocalDate().equals(date)) {
                continue;
            }
            ZonedDateTime end = start.plusMinutes(minutes);
            LocalTime localEnd = end.toLocalDate().equals(date) ? end.toLocalTime() : LocalTime.MAX;
            if (start.toLocalTime().isBefore(localEnd)) { // a DST fall-back inside the break could invert it
                breaks.add(new WorkingInterval(start.toLocalTime(), localEnd));
            }
        }
        breaks.sort(Comparator.comparing(WorkingInterval::start));
        return List.copyOf(breaks);
    }

    /** {@code intervals} (sorted, disjoint) with this day's breaks cut out; an interval split by a break becomes two. */
    List<WorkingInterval> subtractFrom(List<WorkingInterval> intervals, LocalDate date, ZoneId zone) {
        List<WorkingInterval> remaining = intervals;
        for (WorkingInterval pause : breaksOn(date, zone)) {
            List<WorkingInterval> cut = new ArrayList<>(remaining.size() + 1);
            for (WorkingInterval interval : remaining) {
                if (!interval.overlaps(pause)) {
                    cut.add(interval);
                    continue;
                }
                if (interval.start().isBefore(pause.start())) {
                    cut.add(new WorkingInterval(interval.start(), pause.start()));
                }
                if (pause.end().isBefore(interval.end())) {
                    cut.add(new WorkingInterval(pause.end(), interval.end()));
                }
            }
            remaining = cut;
        }
        return List.copyOf(remaining);
    }
}
