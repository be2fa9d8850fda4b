import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { DiploLensDB } from '../../utils/db/database';
import '../../assets/page.css';

render(<Popup db={new DiploLensDB()} />, document.getElementById('app')!);
