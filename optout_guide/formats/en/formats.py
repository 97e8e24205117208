# British-style dates where Django formats a date in English (the admin): 3 November 2025.
# Pages use policies.dates.long_date instead.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
