// The list lives in the core (utils/core/un-members.ts), where the country matcher also uses it.
export { NON_UN_MEMBER_CODES, unMemberCodes } from '../../utils/core/un-members';
