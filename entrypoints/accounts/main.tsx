import { render } from 'preact';
import { AccountsPage } from '../../components/accounts/AccountsPage';
import { isPlatform } from '../../utils/core/model';
import '../../assets/page.css';

const params = new URLSearchParams(location.search);
const handle = params.get('handle');
const platform = params.get('platform');
render(
  <AccountsPage account={handle && isPlatform(platform) ? { platform, handle } : null} />,
  document.getElementById('app')!,
);
