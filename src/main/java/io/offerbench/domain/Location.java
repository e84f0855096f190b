package io.offerbench.domain;

/** Where the job is; {@code remote} when it can be done from anywhere. City and country may be blank. */
public record Location(String city, String country, boolean remote) {

    public Location {
        city = city == null ? "" : city;
        country = country == null ? "" : country;
    }

    /** The location its fields' values describe; see {@link OfferValues}. */
    static Location from(OfferValues v) {
        return new Location(v.text(OfferField.CITY), v.text(OfferField.COUNTRY), v.yes(OfferField.REMOTE));
    }

    public static Location unknown() {
        return new Location("", "", false);
    }

    public String display() {
        String place = city.isBlank() ? country : country.isBlank() ? city : city + ", " + country;
        return remote ? (place.isBlank() ? "Remote" : place + " (remote)") : place;
    }
}
