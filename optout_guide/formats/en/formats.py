# British-style dates for the English site: 3 November 2025.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
