import { render } from 'preact';
import { Diagnostics } from '../../components/Diagnostics';
import '../../assets/page.css';

render(<Diagnostics />, document.getElementById('app')!);
