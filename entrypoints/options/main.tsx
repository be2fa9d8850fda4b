import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { DiploLensDB } from '../../utils/db/database';
import '../../assets/page.css';

render(<Options db={new DiploLensDB()} />, document.getElementById('app')!);
