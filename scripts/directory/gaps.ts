// UN member states for which the directory has NO foreign-ministry row (MFA_GAPS) or NO head of
// state / head of government row (LEADER_GAPS) yet. These are open work items, not exemptions:
// neither a dated source (scripts/directory/sources/) nor the maintainers could name the account with
// enough confidence (or none exists on X), and a gap is better than a guessed handle. A row of either
// tier (sourced or unconfirmed) counts as covered. tests/unit/directory-data.test.ts checks both ways:
// every state not listed here is covered, and every state listed here is still uncovered (remove it
// once added). scripts/directory/coverage.ts prints the counts per tier.
export const MFA_GAPS = ["AD","AG","BB","BN","BT","BW","CD","CF","CG","CI","CV","DJ","DM","ER","FJ","FM","GD","GN","GQ","GW","IQ","KH","KI","KM","KN","KP","LA","LB","LC","LI","LR","LY","MC","MH","MR","MU","MZ","NI","NR","PG","PW","SB","SC","SM","ST","SY","TL","TM","TO","TV","VC","VU","WS","ZM"] as const;
export const LEADER_GAPS = ["AF","AG","BA","BF","BG","BJ","BN","BS","BW","BY","BZ","CH","CN","CV","DZ","ER","FJ","FM","GA","GD","GE","GM","GN","GQ","GW","GY","IS","KG","KH","KI","KM","KN","KP","KW","LA","LC","LI","LS","LY","MC","MH","MK","ML","MM","MR","MU","MW","MZ","NE","NI","NP","NR","OM","PG","PT","PW","SA","SB","SD","SI","SM","SR","ST","SZ","TH","TJ","TM","TO","TV","UZ","VC","VN","VU","WS","YE"] as const;
