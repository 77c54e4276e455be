# Stand-in for the community 903 validator's postcode reference package (not on Debian): no
# postcodes, so every placement's local authority and distance is unknown. See qlacref_authorities.py.
import pandas as pd


class Postcodes:
    def __init__(self):
        text, number = pd.Series(dtype=object), pd.Series(dtype=float)
        self.dataframe = pd.DataFrame(
            {"pcd_abbr": text, "laua": text, "oseast1m": number, "osnrth1m": number, "pcd": text}
        )

    def load_postcodes(self, letters):
        return None
