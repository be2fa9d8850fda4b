import { render } from 'preact';
import { Library } from '../../components/library/Library';
import { DiploLensDB } from '../../utils/db/database';
import '../../assets/page.css';

render(<Library db={new DiploLensDB()} />, document.getElementById('app')!);
