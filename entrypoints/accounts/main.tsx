import { render } from 'preact';
import { AccountsPage } from '../../components/accounts/AccountsPage';
import '../../assets/page.css';

const params = new URLSearchParams(location.search);
const handle = params.get('handle');
const platform = params.get('platform');
render(
  <AccountsPage account={handle && (platform === 'x' || platform === 'bluesky' || platform === 'mastodon') ? { platform, handle } : null} />,
  document.getElementById('app')!,
);
