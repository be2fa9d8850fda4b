import { render } from 'preact';
import { Diagnostics } from '../../components/diagnostics/Diagnostics';
import '../../assets/page.css';

render(<Diagnostics />, document.getElementById('app')!);
