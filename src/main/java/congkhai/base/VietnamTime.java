package congkhai.base;

import java.time.ZoneOffset;

/** The time every day of a portal is counted in: a document's date, the as-of day, the day of a commit. */
public final class VietnamTime {

    /**
     * UTC+7, which Vietnam keeps all year. A fixed offset rather than the time zone database's
     * Asia/Ho_Chi_Minh, which gives Saigon's +8 from 1960 to 1975 and so would stamp a document of
     * those years in the feeds an hour off from the rest.
     */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    private VietnamTime() {
    }
}
