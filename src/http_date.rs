//! HTTP-dates: a point in time as RFC 9110 §5.6.7's IMF-fixdate, such as
//! `Sun, 06 Nov 1994 08:49:37 GMT`, the form `Date`, `Last-Modified` and `Expires` take.

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The IMF-fixdate for `seconds` since 1970-01-01 00:00:00 UTC (negative before it). Years are
/// written with four digits; the format has no room for years past 9999, which get more.
pub(crate) fn format(seconds: i64) -> alloc::string::String {
    let (days, second_of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    // 1970-01-01 was a Thursday.
    let weekday = WEEKDAYS[usize::try_from((days + 4).rem_euclid(7)).unwrap_or_default()];
    let month = MONTHS[usize::try_from(month - 1).unwrap_or_default()];
    let (hour, minute, second) = (second_of_day / 3600, second_of_day / 60 % 60, second_of_day % 60);
    alloc::format!("{weekday}, {day:02} {month} {year:04} {hour:02}:{minute:02}:{second:02} GMT")
}

/// The proleptic Gregorian (year, month 1 to 12, day 1 to 31) of a day count since 1970-01-01,
/// by counting 400-year eras from 0000-03-01 (so the leap day ends each year).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::{civil_from_days, format};

    #[test]
    fn known_dates() {
        // RFC 9110 §5.6.7's own example, the epoch, a leap day, the 32-bit rollover, and the
        // second before the epoch and the last second of year 9999.
        assert_eq!(format(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(format(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(format(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(format(2_147_483_648), "Tue, 19 Jan 2038 03:14:08 GMT");
        assert_eq!(format(-1), "Wed, 31 Dec 1969 23:59:59 GMT");
        assert_eq!(format(253_402_300_799), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(format(4_107_542_400), "Mon, 01 Mar 2100 00:00:00 GMT");
    }

    /// Walks the calendar day by day from 1600-01-01 to 2400-12-31 with the leap year rule
    /// written out, and compares every day.
    #[test]
    fn every_day_from_1600_to_2400() {
        const DAYS_1600_TO_1970: i64 = 135_140;
        let mut days = -DAYS_1600_TO_1970;
        for year in 1600..=2400 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let lengths = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            for (month, length) in (1..=12).zip(lengths) {
                for day in 1..=length {
                    assert_eq!(civil_from_days(days), (year, month, day), "day {days}");
                    days += 1;
                }
            }
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
