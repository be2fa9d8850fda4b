import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { DiploLensDB } from '../../utils/db';
import '../../assets/page.css';

render(<Popup db={new DiploLensDB()} />, document.getElementById('app')!);
