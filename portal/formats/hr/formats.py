# Croatian conventions: "17. 09. 2020." and "17. rujna 2020." (month in the genitive), Monday first.
DATE_FORMAT = "j. E Y."
SHORT_DATE_FORMAT = "j. m. Y."
DATETIME_FORMAT = "j. E Y. H:i"
SHORT_DATETIME_FORMAT = "j. m. Y. H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j. E"
YEAR_MONTH_FORMAT = "F Y."
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
